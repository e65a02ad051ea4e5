using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// Single points of failure without one cascade per node: for every node n the set
/// S(n) = C(n) ∪ ⋃ over n's items of (⋂ over the item's suppliers s of S(s)) of failure candidates whose failure
/// alone stops n, where C(n) is {n} for a failure candidate and empty for a structure node,
/// computed once over the strongly connected components in topological order. Near-linear on supply graphs, whose
/// S sets stay small; on a graph where every node is <c>requires: any</c> it is the dominator tree from a virtual
/// root over the sources.
/// </summary>
/// <remarks>
/// <para>
/// Why this equals the reference cascade, cycles included: fix a node X. "X ∈ S(n)" as a predicate on n is
/// updated by exactly the cascade rule for the failed set {X}: n is stopped iff n = X, or some item of n has every
/// supplier stopped. The set equation is that rule for all X at once, and the X-slices never interact (union and
/// intersection act element-wise). The cascade is the <em>least</em> fixpoint of the rule (nothing is unavailable
/// until forced), so S is the least fixpoint of the equation: inside a cycle the members start from the empty set
/// and are re-evaluated until nothing grows. Starting from the full set would compute the greatest fixpoint instead,
/// in which a cycle whose members only supply each other could "stop itself" with no failure feeding it.
/// </para>
/// <para>
/// Components earlier in topological order are final before a later one is evaluated, so the iteration only ever
/// runs inside one cycle, driven by a work list of members whose suppliers' sets grew.
/// </para>
/// <para>
/// The sets are kept in the persistent form of <see cref="StopSetForest"/>: a node whose set is its own failure plus
/// one supplier's set stores a link, not a copy, so a chain of n nodes costs O(n) and not n²/2. Cost is bounded by a
/// documented work limit (<see cref="WorkLimit"/>); past it the analysis stops with
/// <see cref="AnalysisLimitException"/>.
/// </para>
/// </remarks>
internal static class SinglePointsOfFailure
{
    /// <summary>The work limit of one computation (steps of set work; see docs/limits.md).</summary>
    public const long WorkLimit = 2_000_000_000;

    /// <summary>Computes S(n) for every node of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The sets, queried per node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="AnalysisLimitException">The graph's shape needs more than <see cref="WorkLimit"/> steps.</exception>
    internal static StopSets Compute(SupplyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var t = graph.Topology;
        return Solve(graph, graph.Components.Order);
    }

    /// <summary>The single points of failure of one target, as sorted ids (the target itself not listed).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <returns>The ids, sorted ordinally.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">No node has the id <paramref name="targetId"/>.</exception>
    /// <exception cref="AnalysisLimitException">The graph's shape needs more than <see cref="WorkLimit"/> steps.</exception>
    public static IReadOnlyList<string> Of(SupplyGraph graph, string targetId)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targetId);
        var target = graph.IndexOf(targetId);
        return Compute(graph, [target]).For(graph[target].Id);
    }

    /// <summary>
    /// Computes S(n) only for <paramref name="targets"/> and the nodes upstream of them, which is all their single
    /// points of failure need: on a large graph one target's supply chain is a small part of it.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targets">The target node indices.</param>
    /// <returns>The sets, to be queried only for the targets and their upstream nodes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IndexOutOfRangeException">A target index is out of range.</exception>
    /// <exception cref="AnalysisLimitException">The graph's shape needs more than <see cref="WorkLimit"/> steps.</exception>
    internal static StopSets Compute(SupplyGraph graph, IEnumerable<int> targets)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targets);
        var t = graph.Topology;
        return Solve(graph, new UpstreamComponents(t, targets));
    }

    private static StopSets Solve(SupplyGraph graph, UpstreamComponents components)
    {
        var t = graph.Topology;
        var forest = new StopSetForest(t.NodeCount, WorkLimit);
        ComponentSweep.Run(components, v => EvaluateLinked(t, v, forest), (members, c, componentOf) => SolveCycle(t, members, componentOf, c, forest));
        return new StopSets(graph, forest);
    }

    private static void SolveCycle(GraphTopology t, ReadOnlySpan<int> members, int[] componentOf, int component, StopSetForest forest)
    {
        foreach (var v in members)
        {
            forest.Set(v, [], -1, final: false);
        }

        var pending = new Queue<int>(members.Length);
        var queued = new HashSet<int>();
        foreach (var v in members)
        {
            pending.Enqueue(v);
            queued.Add(v);
        }

        // Sets of suppliers outside the cycle are final: materialise each once for the whole solve.
        var outside = new Dictionary<int, int[]>();
        int[] SetOf(int s) => componentOf[s] == component
            ? forest.Own(s)
            : outside.TryGetValue(s, out var set) ? set : outside[s] = forest.Materialize(s);

        while (pending.Count > 0)
        {
            var v = pending.Dequeue();
            queued.Remove(v);
            var next = EvaluateMaterialized(t, v, SetOf);

            // The iteration climbs from the empty sets, so a changed set is a strict superset: compare sizes.
            if (next.Length == forest.Size(v))
            {
                continue;
            }

            forest.Set(v, next, -1, final: false);
            foreach (var e in t.UsesOf(v))
            {
                var consumer = t.ItemOwner[t.EntryItem[e]];
                if (componentOf[consumer] == component && queued.Add(consumer))
                {
                    pending.Enqueue(consumer);
                }
            }
        }

        foreach (var v in members)
        {
            forest.Register(v);
        }
    }

    private static int[] EvaluateMaterialized(GraphTopology t, int node, Func<int, int[]> setOf)
    {
        // Only a failure candidate's own failure is an event; a structure node (a market, a process step) is a gate.
        int[] result = t.IsCandidate(node) ? [node] : [];
        var entryStart = t.EntryStart;
        var supplier = t.EntrySupplier;
        for (var item = t.ItemStart[node]; item < t.ItemStart[node + 1]; item++)
        {
            int[]? common = null;
            for (var e = entryStart[item]; e < entryStart[item + 1]; e++)
            {
                var s = setOf(supplier[e]);
                common = common is null ? s : SortedIntSets.Intersect(common, s);
                if (common.Length == 0)
                {
                    break;
                }
            }

            if (common is { Length: > 0 })
            {
                result = result.Length == 0 ? common : SortedIntSets.Union(result, common);
            }
        }

        return result;
    }

    private static void EvaluateLinked(GraphTopology t, int node, StopSetForest forest)
    {
        var handles = new List<StopSetHandle>();
        var entryStart = t.EntryStart;
        var supplier = t.EntrySupplier;
        for (var item = t.ItemStart[node]; item < t.ItemStart[node + 1]; item++)
        {
            StopSetHandle? common = null;
            for (var e = entryStart[item]; e < entryStart[item + 1]; e++)
            {
                var s = supplier[e];
                common = Normal(forest, common is null ? new StopSetHandle(s, []) : forest.Intersect(common.Value, s));
                if (common.Value.IsEmpty)
                {
                    break;
                }
            }

            if (common is { IsEmpty: false } h)
            {
                handles.Add(h);
            }
        }

        // Only a failure candidate's own failure is an event; a structure node (a market, a process step) is a gate.
        var own = new List<int>(4);
        if (t.IsCandidate(node))
        {
            own.Add(node);
        }

        if (handles.Count == 0)
        {
            forest.Set(node, [.. own], -1, final: true);
            return;
        }

        // Link to the largest contribution; add what the others hold beyond it.
        var best = 0;
        for (var k = 1; k < handles.Count; k++)
        {
            if (Weight(forest, handles[k]) > Weight(forest, handles[best]))
            {
                best = k;
            }
        }

        var parent = handles[best].Base;
        own.AddRange(handles[best].Extra);
        for (var k = 0; k < handles.Count; k++)
        {
            if (k != best)
            {
                own.AddRange(forest.Beyond(handles[k], parent));
            }
        }

        own.Sort();
        var unique = new List<int>(own.Count);
        foreach (var x in own)
        {
            if (unique.Count == 0 || unique[^1] != x)
            {
                unique.Add(x);
            }
        }

        forest.Set(node, [.. unique], parent, final: true);
    }

    private static long Weight(StopSetForest forest, StopSetHandle h) => (h.Base < 0 ? 0 : forest.Size(h.Base)) + h.Extra.Length;

    private static StopSetHandle Normal(StopSetForest forest, StopSetHandle h) =>
        h.Base >= 0 && forest.Size(h.Base) == 0 ? new StopSetHandle(-1, h.Extra) : h;
}
