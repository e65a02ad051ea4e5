using System.Text.Json.Serialization;
using ChipChain.Analysis;

namespace ChipChain.Cli.Output.Json;

/// <summary>The JSON of <c>chipchain upstream</c> and <c>downstream</c>: the root, the direction and the nodes tier by tier.</summary>
internal sealed record DependencyTreeJson(string Root, string Direction, int? MaxDepth, int NodeCount, IReadOnlyList<DependencyTierJson> Tiers)
{
    public static DependencyTreeJson From(DependencyTree tree, NodeLabels labels) => new(
        tree.Root,
        tree.Direction == DependencyDirection.Upstream ? "upstream" : "downstream",
        tree.MaxDepth,
        tree.Entries.Count,
        [.. Enumerable.Range(1, tree.TierCount).Select(t => new DependencyTierJson(t, [.. tree.Tier(t).Select(e => DependencyNodeJson.From(e, labels))]))]);
}

/// <summary>One tier: the nodes that many supply steps from the root.</summary>
internal sealed record DependencyTierJson(int Tier, IReadOnlyList<DependencyNodeJson> Nodes);

/// <summary>
/// One node of a tier: the item and the neighbour it connects through, and one shortest path (elided in the middle
/// beyond <see cref="PathDisplay.MaxShown"/> ids; <see cref="PathOmitted"/> then counts the ids left out).
/// </summary>
internal sealed record DependencyNodeJson(
    string Id,
    string? Name,
    string? Item,
    string? ItemName,
    string Via,
    int PathLength,
    IReadOnlyList<string> Path,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? PathOmitted)
{
    public static DependencyNodeJson From(DependencyEntry entry, NodeLabels labels)
    {
        var (head, omitted, tail) = PathDisplay.Elide(entry);
        return new(
            entry.Id,
            labels.NameOrNull(entry.Id),
            entry.Item,
            labels.NameOrNull(entry.Item),
            entry.Via,
            entry.Path.Count,
            [.. head, .. tail],
            omitted > 0 ? omitted : null);
    }
}
