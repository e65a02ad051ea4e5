using ChipChain.Analysis;

namespace ChipChain.Cli.Output.Json;

/// <summary>The JSON of <c>chipchain summary</c> and of the report's summary section.</summary>
internal sealed record SummaryJson(
    string? Name,
    int Nodes,
    int Links,
    int Items,
    IReadOnlyList<CountJson> ByKind,
    IReadOnlyList<CountJson> ByCountry,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Sinks,
    IReadOnlyList<string> Products,
    IReadOnlyList<IReadOnlyList<string>> Cycles)
{
    public static SummaryJson From(GraphSummary s) => new(
        s.Name,
        s.NodeCount,
        s.LinkCount,
        s.ItemCount,
        [.. s.ByKind.Select(p => new CountJson(p.Key, p.Value))],
        [.. s.ByCountry.Select(p => new CountJson(p.Key, p.Value))],
        s.Sources,
        s.Sinks,
        s.Products,
        s.Cycles);
}

/// <summary>A named count (a kind or a country and its number of nodes).</summary>
internal sealed record CountJson(string Key, int Count);
