using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// Minimal cut sets of order at most K (K ≤ 4): every minimal set of failure candidates whose joint failure stops a
/// target, in the fault-tree sense. Computed bottom-up over the target's upstream components in topological order,
/// never by enumerating combinations: a node's family is {itself} (for a failure candidate) plus, per item, the cross product of its suppliers'
/// families, truncated at K and minimised; inside a cycle the families start empty and are re-evaluated until none
/// changes (the least fixpoint, for the same reason as in <see cref="SinglePointsOfFailure"/>).
/// </summary>
/// <remarks>
/// The sets of order 1 are the single points of failure, read off the stop sets; only sets of two or more failures are
/// built bottom-up, and they never contain a single point of failure of the node they stop (such a set would not be
/// minimal). A chain therefore carries no family at all, and a family that passes up a chain unchanged is shared, not
/// copied. The number of combinations built or tried is bounded by <see cref="MaxSets"/> (docs/limits.md).
/// </remarks>
internal static class MinimalCutSets
{
    /// <summary>The default order.</summary>
    public const int DefaultOrder = 2;

    /// <summary>The largest supported order.</summary>
    public const int MaxOrder = CutSetFamily.MaxOrder;

    /// <summary>The most combinations of failures (sets built or tried) for one target, over all its upstream nodes.</summary>
    public const long MaxSets = 20_000_000;

    /// <summary>Computes the minimal cut sets of order at most <paramref name="order"/> of one target, the set {target} excluded.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <param name="order">The largest cut-set size, 1..<see cref="MaxOrder"/>.</param>
    /// <returns>The cut sets.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">No node has the id <paramref name="targetId"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is not in 1..<see cref="MaxOrder"/>.</exception>
    public static CutSetList Compute(SupplyGraph graph, string targetId, int order = DefaultOrder)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targetId);
        return Compute(graph, graph.IndexOf(targetId), order);
    }

    /// <summary>Computes the minimal cut sets of order at most <paramref name="order"/> of one target, the set {target} excluded.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="target">The target's index.</param>
    /// <param name="order">The largest cut-set size, 1..<see cref="MaxOrder"/>.</param>
    /// <returns>The cut sets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> or <paramref name="order"/> is out of range.</exception>
    /// <exception cref="AnalysisLimitException">More than <see cref="MaxSets"/> combinations would be built or tried.</exception>
    internal static CutSetList Compute(SupplyGraph graph, int target, int order = DefaultOrder)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, graph.NodeCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order, MaxOrder);

        return ComputeMany(graph, [target], order)[0];
    }

    /// <summary>
    /// Computes the minimal cut sets of several targets at once, sharing the stop sets and the families of every node
    /// upstream of more than one of them: the report's per-product counts cost about one pass over the graph.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targets">The target indices.</param>
    /// <param name="order">The largest cut-set size, 1..<see cref="MaxOrder"/>.</param>
    /// <returns>One list per target, in the order given.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A target or <paramref name="order"/> is out of range.</exception>
    /// <exception cref="AnalysisLimitException">More than <see cref="MaxSets"/> combinations would be built or tried.</exception>
    internal static IReadOnlyList<CutSetList> ComputeMany(SupplyGraph graph, IReadOnlyList<int> targets, int order = DefaultOrder)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order, MaxOrder);
        foreach (var target in targets)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(target);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, graph.NodeCount);
        }

        var t = graph.Topology;
        var stops = SinglePointsOfFailure.Compute(graph, targets);
        var builder = new LargerCutSets(t, stops.Forest, order, MaxSets);
        ComponentSweep.Run(new UpstreamComponents(t, targets), builder.Solve);

        var result = new List<CutSetList>(targets.Count);
        foreach (var target in targets)
        {
            // Order 1 is the single points of failure; larger sets come from the bottom-up families.
            var sets = stops.For(target)
                .Select(i => new[] { i })
                .Concat(builder.Of(target))
                .Select(s => (IReadOnlyList<string>)s.Select(i => graph[i].Id).Order(StringComparer.Ordinal).ToList())
                .ToList();
            sets.Sort(CutSetList.Compare);
            result.Add(new CutSetList(graph[target].Id, order, sets));
        }

        return result;
    }
}
