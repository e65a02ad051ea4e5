using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// The minimum-cardinality cut set of a target (DESIGN.md §3): the fewest other nodes whose joint failure stops it,
/// ties broken by the lexicographically smallest sorted id list. OR-only acyclic supply is solved exactly by max
/// flow on a node-split graph; anything else by a bounded search over cut sets of increasing size.
/// </summary>
public static class MinimumCut
{
    /// <summary>The default limit on cascade evaluations of the search.</summary>
    public const long DefaultMaxEvaluations = 200_000;

    /// <summary>Finds the minimum cut of <paramref name="targetId"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <param name="maxEvaluations">The search's limit on cascade evaluations.</param>
    /// <returns>The cut.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException"><paramref name="targetId"/> names no node.</exception>
    public static MinimumCutResult Find(SupplyGraph graph, string targetId, long maxEvaluations = DefaultMaxEvaluations)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targetId);
        return Find(graph, graph.IndexOf(targetId), maxEvaluations);
    }

    internal static MinimumCutResult Find(SupplyGraph graph, int target, long maxEvaluations)
    {
        var t = graph.Topology;
        var id = graph[target].Id;
        if (t.ItemStart[target] == t.ItemStart[target + 1])
        {
            return new MinimumCutResult(id, [], complete: true, "none");
        }

        var upstream = Upstream.Mask(t, target);
        var candidates = Enumerable.Range(0, graph.NodeCount)
            .Where(v => upstream[v] && v != target)
            .OrderBy(v => graph[v].Id, StringComparer.Ordinal)
            .ToList();
        if (VertexCutByFlow.Applies(graph, upstream))
        {
            return Result(graph, id, VertexCutByFlow.Find(graph, target, upstream, candidates), complete: true, "max-flow");
        }

        // Upper bound: every supplier of the target's item with the fewest distinct suppliers.
        var bound = Enumerable.Range(t.ItemStart[target], t.ItemStart[target + 1] - t.ItemStart[target])
            .Select(item => t.SuppliersOf(item).ToArray().Distinct().ToList())
            .MinBy(s => s.Count)!;
        var search = new CutSearch(t, candidates.Select(c => new[] { c }).ToList(), target, maxEvaluations);
        var found = search.Find(bound.Count);
        return found is null
            ? Result(graph, id, bound, complete: false, "search")
            : Result(graph, id, found.Select(g => candidates[g]), complete: true, "search");
    }

    private static MinimumCutResult Result(SupplyGraph graph, string target, IEnumerable<int> nodes, bool complete, string method) =>
        new(target, nodes.Select(v => graph[v].Id).Order(StringComparer.Ordinal).ToList(), complete, method);
}
