using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>Writes the one-line "why" of a chokepoint.</summary>
internal static class ChokepointWhy
{
    public static string For(SupplyGraph graph, ConcentrationRow row, string target, bool stopsTarget, double exposure)
    {
        var top = graph[row.SupplierIndices[0]];
        var who = top.Country is null ? top.DisplayName : $"{top.DisplayName} ({top.Country})";
        var hhi = Thousands(row.Hhi);
        if (row.SupplierCount == 1)
        {
            var text = $"sole supplier: {who}, HHI {hhi}";
            return stopsTarget ? text : $"{text}; {target} has other routes";
        }

        var countries = row.CountriesTo75 == 1 ? "1 country reaches 75 %" : $"{row.CountriesTo75} countries reach 75 %";
        var why = $"top supplier: {who} {Percent(row.TopSupplier.Share)} %, HHI {hhi}, {countries}";
        if (exposure > 1e-9)
        {
            why += $"; losing {top.DisplayName} cuts {target} by {Percent(exposure)} %";
        }

        return why;
    }

    /// <summary>An integer with a space between thousands ("10 000").</summary>
    public static string Thousands(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

    private static string Percent(double fraction) =>
        Math.Round(fraction * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}
