using ChipChain.Analysis.Bottlenecks;
using ChipChain.Rendering.Text;

namespace ChipChain.Cli.Output.Json;

/// <summary>
/// One chokepoint: an item, who consumes it, its suppliers and how concentrated they are; <c>hhi</c> is the
/// Herfindahl–Hirschman index 0..10 000, rounded half away from zero to a whole number.
/// </summary>
internal sealed record ChokepointJson(
    string Item,
    string? ItemName,
    IReadOnlyList<string> Consumers,
    IReadOnlyList<ChokepointSupplierJson> Suppliers,
    int SupplierCount,
    long Hhi,
    int CountriesTo75,
    string Level,
    string Why)
{
    public static ChokepointJson From(Chokepoint c, NodeLabels labels)
    {
        var row = c.Row;
        return new(
            row.Item,
            labels.NameOrNull(row.Item),
            row.Consumers,
            [.. row.Suppliers.Select(s => new ChokepointSupplierJson(s.Id, labels.NameOrNull(s.Id), labels.Graph.GetNode(s.Id).Country, Math.Round(s.Value, 6)))],
            row.SupplierCount,
            (long)Math.Round(row.Hhi, MidpointRounding.AwayFromZero),
            row.CountriesTo75,
            BottleneckTables.LevelName(row.Level),
            ChokepointText.Why(labels.Graph, c));
    }
}

/// <summary>A supplier of a chokepoint's item and its share 0..1 (six decimals).</summary>
internal sealed record ChokepointSupplierJson(string Id, string? Name, string? Country, double Share);
