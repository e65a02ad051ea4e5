namespace ChipChain.Analysis.Diff;

/// <summary>
/// A chokepoint upstream of a target whose HHI or countries-to-75 % moved. A market (<c>requires: any</c>) is keyed
/// by its id alone; any other item by the item and the consumer buying it, since two consumers may buy one item from
/// different suppliers. A figure is null on the side where the group is not there (or not upstream of the target).
/// </summary>
/// <param name="Item">The item name, or the market's id.</param>
/// <param name="Consumer">The consumer buying the item; null for a market.</param>
/// <param name="HhiBefore">The HHI (0..10 000, one decimal) in the old graph.</param>
/// <param name="HhiAfter">The HHI in the new graph.</param>
/// <param name="CountriesTo75Before">The countries needed to reach 75 % of supply in the old graph.</param>
/// <param name="CountriesTo75After">The countries needed to reach 75 % of supply in the new graph.</param>
public sealed record ConcentrationChange(
    string Item,
    string? Consumer,
    double? HhiBefore,
    double? HhiAfter,
    int? CountriesTo75Before,
    int? CountriesTo75After)
{
    /// <summary>The change between two sides' figures, either of which may be absent.</summary>
    internal static ConcentrationChange Of(string item, string? consumer, ConcentrationFigures? before, ConcentrationFigures? after) =>
        new(item, consumer, before?.Hhi, after?.Hhi, before?.CountriesTo75, after?.CountriesTo75);
}
