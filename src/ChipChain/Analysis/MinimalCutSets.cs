using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// Minimal cut sets of order at most K (K ≤ 4): every minimal set of failure candidates whose joint failure stops a
/// target, in the fault-tree sense (structure nodes are gates, never members). Computed bottom-up over the target's upstream components in topological order, never by
/// enumerating combinations: a node's family is {itself} (for a failure candidate) plus, per item, the cross product of its suppliers'
/// families, truncated at K and minimised; inside a cycle the families start empty and are re-evaluated until none
/// changes (the least fixpoint, for the same reason as in <see cref="SinglePointsOfFailure"/>).
/// </summary>
public static class MinimalCutSets
{
    /// <summary>The default order.</summary>
    public const int DefaultOrder = 2;

    /// <summary>The largest supported order.</summary>
    public const int MaxOrder = CutSetFamily.MaxOrder;

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
    public static CutSetList Compute(SupplyGraph graph, int target, int order = DefaultOrder)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, graph.NodeCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order, MaxOrder);

        var t = graph.Topology;
        var scc = graph.Components;
        var upstream = Upstream.Of(t, target);
        var components = new SortedSet<int>(upstream.Select(scc.ComponentOf));
        var families = new List<int[]>?[t.NodeCount];
        foreach (var c in components)
        {
            var members = scc.Members(c);
            if (!scc.IsCyclic(c))
            {
                families[members[0]] = Evaluate(t, members[0], families, order);
                continue;
            }

            foreach (var v in members)
            {
                families[v] = [];
            }

            bool changed;
            do
            {
                changed = false;
                foreach (var v in members)
                {
                    var next = Evaluate(t, v, families, order);
                    if (!CutSetFamily.SameFamily(next, families[v]!))
                    {
                        families[v] = next;
                        changed = true;
                    }
                }
            }
            while (changed);
        }

        var sets = families[target]!
            .Where(s => !(s.Length == 1 && s[0] == target))
            .Select(s => (IReadOnlyList<string>)s.Select(i => graph[i].Id).Order(StringComparer.Ordinal).ToList())
            .ToList();
        sets.Sort(CutSetList.Compare);
        return new CutSetList(graph[target].Id, order, sets);
    }

    private static List<int[]> Evaluate(GraphTopology t, int node, List<int[]>?[] families, int order)
    {
        // Only a failure candidate's own failure is an event; a structure node is a gate over its items.
        var all = t.IsCandidate(node) ? new List<int[]> { new[] { node } } : [];
        var entryStart = t.EntryStart;
        var supplier = t.EntrySupplier;
        for (var item = t.ItemStart[node]; item < t.ItemStart[node + 1]; item++)
        {
            List<int[]>? product = null;
            for (var e = entryStart[item]; e < entryStart[item + 1]; e++)
            {
                var f = families[supplier[e]] ?? [];
                product = product is null ? f : CutSetFamily.Product(product, f, order);
                if (product.Count == 0)
                {
                    break;
                }
            }

            if (product is not null)
            {
                all.AddRange(product);
            }
        }

        return CutSetFamily.Minimise(all);
    }
}
