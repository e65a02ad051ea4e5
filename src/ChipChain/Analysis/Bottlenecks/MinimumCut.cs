using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// The minimum-cardinality cut set of a target: the fewest other failure candidates whose joint failure stops it,
/// ties broken by the lexicographically smallest sorted id list. A target with a single point of failure has a cut
/// of one (its single point of failure with the smallest id); otherwise OR-only acyclic supply is solved exactly by
/// max flow on a node-split graph, anything else by a bounded search over cut sets of increasing size.
/// </summary>
/// <remarks>
/// Every cascade runs in the target's upstream cone only (a failure matters to the target only through nodes
/// upstream of it). The search is bounded twice: by <see cref="DefaultMaxEvaluations"/> cascade evaluations and by
/// <see cref="DefaultMaxWork"/> node and supplier-entry visits (so the bound holds in time on large graphs, where a
/// single evaluation can visit many nodes). When either is reached, the result says <c>complete: false</c>.
/// </remarks>
internal static class MinimumCut
{
    /// <summary>The default limit on cascade evaluations of the search.</summary>
    public const long DefaultMaxEvaluations = 200_000;

    /// <summary>The default limit on node and supplier-entry visits of the search (about a second of work).</summary>
    public const long DefaultMaxWork = 50_000_000;

    /// <summary>Finds the minimum cut of <paramref name="targetId"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <param name="maxEvaluations">The search's limit on cascade evaluations.</param>
    /// <param name="maxWork">The search's limit on node and supplier-entry visits.</param>
    /// <returns>The cut.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException"><paramref name="targetId"/> names no node.</exception>
    public static MinimumCutResult Find(
        SupplyGraph graph,
        string targetId,
        long maxEvaluations = DefaultMaxEvaluations,
        long maxWork = DefaultMaxWork)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targetId);
        var target = graph.IndexOf(targetId);
        var upstream = Upstream.Mask(graph.Topology, target);
        return Find(graph, target, upstream, new IncrementalCascade(graph.Topology, upstream), stopSets: null, maxEvaluations, maxWork);
    }

    /// <summary>Finds the minimum cut with a cascade confined to <paramref name="upstream"/> and nothing failed.</summary>
    internal static MinimumCutResult Find(
        SupplyGraph graph,
        int target,
        bool[] upstream,
        IncrementalCascade cascade,
        StopSets? stopSets,
        long maxEvaluations,
        long maxWork)
    {
        var t = graph.Topology;
        var id = graph[target].Id;
        var candidates = new List<int>();
        for (var v = 0; v < upstream.Length; v++)
        {
            if (upstream[v] && v != target && t.IsCandidate(v))
            {
                candidates.Add(v);
            }
        }

        candidates.Sort((a, b) => string.CompareOrdinal(graph[a].Id, graph[b].Id));

        // Only failure candidates can be cut. When all of them failing together leaves the target available (it has
        // no suppliers, or a route made only of structure that cannot fail), no cut exists.
        if (!cascade.Stops(candidates.ToArray(), target))
        {
            return new MinimumCutResult(id, [], complete: true, "none");
        }

        var method = VertexCutByFlow.Applies(graph, upstream) ? "max-flow" : "search";
        if (SmallestSinglePoint(graph, target, stopSets) is { } single)
        {
            // Both methods find a cut of one first, the smallest id among them: the same answer, without a flow or
            // a cascade per candidate.
            return Result(graph, id, [single], complete: true, method);
        }

        if (method == "max-flow")
        {
            return Result(graph, id, VertexCutByFlow.Find(graph, target, upstream, candidates), complete: true, method);
        }

        var budget = cascade.Work > long.MaxValue - maxWork ? long.MaxValue : cascade.Work + maxWork;
        var bound = UpperBound(graph, target, candidates, cascade, budget, out var shrunk);
        var search = new CutSearch(cascade, candidates.Select(c => new[] { c }).ToList(), target, maxEvaluations, Math.Max(0, budget - cascade.Work));
        var found = shrunk ? search.Find(bound.Count) : null;
        return found is null
            ? Result(graph, id, bound, complete: false, method)
            : Result(graph, id, found.Select(g => candidates[g]), complete: true, method);
    }

    /// <summary>The target's single point of failure with the smallest id, or null when it has none.</summary>
    private static int? SmallestSinglePoint(SupplyGraph graph, int target, StopSets? stopSets)
    {
        stopSets ??= SinglePointsOfFailure.Compute(graph, [target]);
        int? best = null;
        foreach (var v in stopSets.SetOf(target))
        {
            if (v != target && (best is null || string.CompareOrdinal(graph[v].Id, graph[best.Value].Id) < 0))
            {
                best = v;
            }
        }

        return best;
    }

    /// <summary>
    /// A cut to fall back on when the search stops: every supplier of the target's item with the fewest distinct
    /// suppliers when those are all candidates, else the candidates shrunk greedily to a minimal (not minimum) cut.
    /// The shrinking stops when the cascade's work reaches <paramref name="budget"/> (<paramref name="complete"/> is
    /// then false and the cut, still a cut, is not minimal).
    /// </summary>
    private static List<int> UpperBound(SupplyGraph graph, int target, List<int> candidates, IncrementalCascade cascade, long budget, out bool complete)
    {
        var t = graph.Topology;
        complete = true;
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
            if (cascade.Work > budget)
            {
                complete = false;
                break;
            }

            var without = kept.Where((_, i) => i != k).ToArray();
            if (cascade.Stops(without, target))
            {
                kept.RemoveAt(k);
            }
        }

        return kept;
    }

    private static MinimumCutResult Result(SupplyGraph graph, string target, IEnumerable<int> nodes, bool complete, string method) =>
        new(target, nodes.Select(v => graph[v].Id).Order(StringComparer.Ordinal).ToList(), complete, method);
}
