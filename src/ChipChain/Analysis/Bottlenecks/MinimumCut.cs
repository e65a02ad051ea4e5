using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// The minimum-cardinality cut set of a target: the fewest other failure candidates whose joint failure stops it,
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
        var upstream = Upstream.Mask(t, target);
        var candidates = Enumerable.Range(0, graph.NodeCount)
            .Where(v => upstream[v] && v != target && t.IsCandidate(v))
            .OrderBy(v => graph[v].Id, StringComparer.Ordinal)
            .ToList();

        // Only failure candidates can be cut. When all of them failing together leaves the target available (it has
        // no suppliers, or a route made only of structure that cannot fail), no cut exists.
        if (!FailureCascade.Run(t, candidates.ToArray())[target])
        {
            return new MinimumCutResult(id, [], complete: true, "none");
        }

        if (VertexCutByFlow.Applies(graph, upstream))
        {
            return Result(graph, id, VertexCutByFlow.Find(graph, target, upstream, candidates), complete: true, "max-flow");
        }

        var bound = UpperBound(graph, target, candidates);
        var search = new CutSearch(t, candidates.Select(c => new[] { c }).ToList(), target, maxEvaluations);
        var found = search.Find(bound.Count);
        return found is null
            ? Result(graph, id, bound, complete: false, "search")
            : Result(graph, id, found.Select(g => candidates[g]), complete: true, "search");
    }

    /// <summary>
    /// A cut to fall back on when the search stops: every supplier of the target's item with the fewest distinct
    /// suppliers when those are all candidates, else the candidates shrunk greedily to a minimal (not minimum) cut.
    /// </summary>
    private static List<int> UpperBound(SupplyGraph graph, int target, List<int> candidates)
    {
        var t = graph.Topology;
        var simplest = Enumerable.Range(t.ItemStart[target], t.ItemStart[target + 1] - t.ItemStart[target])
            .Select(item => t.SuppliersOf(item).ToArray().Distinct().ToList())
            .MinBy(s => s.Count)!;
        if (simplest.TrueForAll(t.IsCandidate))
        {
            return simplest;
        }

        var kept = new List<int>(candidates);
        for (var k = kept.Count - 1; k >= 0; k--)
        {
            var without = kept.Where((_, i) => i != k).ToArray();
            if (FailureCascade.Run(t, without)[target])
            {
                kept.RemoveAt(k);
            }
        }

        return kept;
    }

    private static MinimumCutResult Result(SupplyGraph graph, string target, IEnumerable<int> nodes, bool complete, string method) =>
        new(target, nodes.Select(v => graph[v].Id).Order(StringComparer.Ordinal).ToList(), complete, method);
}
