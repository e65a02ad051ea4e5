using System.Text.Json.Serialization;
using ChipChain.Analysis.Bottlenecks;

namespace ChipChain.Cli.Output.Json;

/// <summary>
/// The JSON of <c>chipchain bottlenecks</c> for one target (issue 4). <c>betweennessSample</c> says how many upstream
/// nodes served as sources when centrality was estimated; it is absent when centrality is exact.
/// </summary>
internal sealed record BottleneckReportJson(
    string Target,
    IReadOnlyList<ChokepointJson> Chokepoints,
    MinimumCutJson MinimumCut,
    CountryDependenceJson Countries,
    IReadOnlyList<NodeScoreJson> Betweenness,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BetweennessSampleJson? BetweennessSample)
{
    public static BottleneckReportJson From(BottleneckReport report, NodeLabels labels) => new(
        report.Target,
        [.. report.Chokepoints.Select(c => ChokepointJson.From(c, labels))],
        new MinimumCutJson(report.MinimumCut.Count, report.MinimumCut, report.MinimumCutComplete),
        // "complete" only when the search stopped at its limit, so the contract is unchanged whenever it finishes.
        new CountryDependenceJson(report.CountrySinglePointsOfFailure, report.CountryMinimumCut, report.CountryCutComplete ? null : false),
        [.. report.Betweenness.Select(s => new NodeScoreJson(s.Id, labels.NameOrNull(s.Id), s.Value))],
        report.BetweennessComplete ? null : new BetweennessSampleJson(report.BetweennessSources, report.BetweennessSourcesTotal));
}

/// <summary>The smallest set of nodes whose joint failure stops the target.</summary>
internal sealed record MinimumCutJson(int Size, IReadOnlyList<string> Nodes, bool Complete);

/// <summary>The countries whose failure alone stops the target, and the smallest set of countries that does.</summary>
internal sealed record CountryDependenceJson(
    IReadOnlyList<string> SinglePointsOfFailure,
    IReadOnlyList<string> MinimumCut,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Complete);

/// <summary>A node and its score (betweenness centrality within the target's upstream).</summary>
internal sealed record NodeScoreJson(string Id, string? Name, double Value);

/// <summary>An estimated centrality: <see cref="Sources"/> of <see cref="Of"/> upstream nodes served as sources.</summary>
internal sealed record BetweennessSampleJson(int Sources, int Of);
