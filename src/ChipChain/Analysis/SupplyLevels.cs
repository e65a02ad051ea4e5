using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// Supply levels (the volume semantics of docs/design.md): a failed node has level 0; any other node has the minimum over its
/// items of Σ share × supplier level, capped by its own level (1 unless degraded). Components are solved in
/// topological order; inside a cycle the levels are iterated from their upper bound downwards to the fixpoint.
/// </summary>
internal static class SupplyLevels
{
    /// <summary>The convergence tolerance inside cycles.</summary>
    public const double Tolerance = 1e-12;

    private const int MaxSweeps = 1_000_000;

    /// <summary>Computes every node's supply level.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="ownLevel">Each node's own level (0 = failed, 1 = intact, between = degraded); null means all 1.</param>
    /// <param name="cutLinks">Link indices that no longer deliver (optional).</param>
    /// <returns>The level of each node, 0..1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ownLevel"/> has the wrong length.</exception>
    public static double[] Compute(SupplyGraph graph, ReadOnlySpan<double> ownLevel = default, ReadOnlySpan<int> cutLinks = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var t = graph.Topology;
        if (!ownLevel.IsEmpty && ownLevel.Length != t.NodeCount)
        {
            throw new ArgumentException("One own level per node is required.", nameof(ownLevel));
        }

        bool[]? cutEntry = null;
        if (!cutLinks.IsEmpty)
        {
            var cut = new HashSet<int>(cutLinks.ToArray());
            cutEntry = new bool[t.EntryCount];
            for (var e = 0; e < cutEntry.Length; e++)
            {
                cutEntry[e] = cut.Contains(t.EntryLink[e]);
            }
        }

        var level = new double[t.NodeCount];
        var own = ownLevel.IsEmpty ? null : ownLevel.ToArray();
        for (var i = 0; i < level.Length; i++)
        {
            level[i] = own is null ? 1 : Math.Clamp(own[i], 0, 1);
        }

        ComponentSweep.Run(graph.Components.Order, v => level[v] = Evaluate(t, v, level, own, cutEntry), (members, _, _) =>
        {
            for (var sweep = 0; sweep < MaxSweeps; sweep++)
            {
                double change = 0;
                foreach (var v in members)
                {
                    var next = Evaluate(t, v, level, own, cutEntry);
                    change = Math.Max(change, level[v] - next);
                    level[v] = next;
                }

                if (change <= Tolerance)
                {
                    break;
                }
            }
        });

        return level;
    }

    /// <summary>Computes levels after the given nodes fail.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="failedNodes">Node indices that fail.</param>
    /// <returns>The level of each node, 0..1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static double[] AfterFailure(SupplyGraph graph, ReadOnlySpan<int> failedNodes)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var own = new double[graph.NodeCount];
        Array.Fill(own, 1.0);
        foreach (var f in failedNodes)
        {
            own[f] = 0;
        }

        return Compute(graph, own);
    }

    private static double Evaluate(GraphTopology t, int node, double[] level, double[]? own, bool[]? cutEntry) =>
        Evaluate(t, node, own is null ? 1.0 : Math.Clamp(own[node], 0, 1), level, cutEntry);

    /// <summary>One node's level from its suppliers' current levels, capped by its own level.</summary>
    internal static double Evaluate(GraphTopology t, int node, double ownLevel, double[] level, bool[]? cutEntry)
    {
        var result = ownLevel;
        if (result <= 0)
        {
            return 0;
        }

        var entryStart = t.EntryStart;
        var supplier = t.EntrySupplier;
        var share = t.EntryShare;
        for (var item = t.ItemStart[node]; item < t.ItemStart[node + 1]; item++)
        {
            double sum = 0;
            for (var e = entryStart[item]; e < entryStart[item + 1]; e++)
            {
                if (cutEntry is null || !cutEntry[e])
                {
                    sum += share[e] * level[supplier[e]];
                }
            }

            result = Math.Min(result, sum);
        }

        return result;
    }
}
