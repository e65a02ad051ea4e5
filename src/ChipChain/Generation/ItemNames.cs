using System.Globalization;

namespace ChipChain.Generation;

/// <summary>Item names of generated links ("wafers-0", "material-2"), one shared string each, as a real file repeats a small vocabulary.</summary>
internal static class ItemNames
{
    private const int Cached = 128;
    private static readonly string[][] Names =
        [.. SupplyTiers.Delivers.Select(word => Enumerable.Range(0, Cached).Select(g => string.Create(CultureInfo.InvariantCulture, $"{word}-{g}")).ToArray())];

    /// <summary>The name of the <paramref name="group"/>-th item a consumer takes from tier <paramref name="supplierTier"/>.</summary>
    public static string Get(int supplierTier, int group) =>
        group < Cached ? Names[supplierTier][group] : string.Create(CultureInfo.InvariantCulture, $"{SupplyTiers.Delivers[supplierTier]}-{group}");
}
