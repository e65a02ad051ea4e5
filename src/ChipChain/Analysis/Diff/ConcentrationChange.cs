namespace ChipChain.Analysis.Diff;

/// <summary>
/// A chokepoint upstream of a target whose HHI or countries-to-75 % moved. A market (<c>requires: any</c>) is keyed
/// by its id alone; any other item by the item and the consumer buying it, since two consumers may buy one item from
/// different suppliers.
/// </summary>
/// <param name="Item">The item name, or the market's id.</param>
/// <param name="Consumer">The consumer buying the item; null for a market.</param>
/// <param name="Before">The figures in the old graph, or null when the group is not there (or not upstream of the target).</param>
/// <param name="After">The figures in the new graph, or null likewise.</param>
public sealed record ConcentrationChange(string Item, string? Consumer, ConcentrationFigures? Before, ConcentrationFigures? After);
