using ChipChain.Model;

namespace ChipChain.Analysis.BruteForce;

/// <summary>
/// Brute-force answers straight from the reference <see cref="FailureCascade"/>: one cascade per failure candidate
/// (structure nodes are never tried as failures). Slow by design (quadratic); it is what the fast analyses are
/// checked and benchmarked against.
/// </summary>
internal static class CascadeReference
{
    /// <summary>The single points of failure of one target: every other failure candidate whose cascade reaches it.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="target">The target's index.</param>
    /// <returns>The node indices, ascending (the target not listed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is out of range.</exception>
    public static int[] SinglePointsOfFailure(SupplyGraph graph, int target)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, graph.NodeCount);
        var result = new List<int>();
        for (var x = 0; x < graph.NodeCount; x++)
        {
            if (x != target && graph.Topology.IsCandidate(x) && FailureCascade.Run(graph.Topology, [x])[target])
            {
                result.Add(x);
            }
        }

        return [.. result];
    }

    /// <summary>The single points of failure of several targets with one cascade per node of the graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targets">The target indices.</param>
    /// <returns>Per target (in the given order), its single points of failure, ascending.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int[][] SinglePointsOfFailure(SupplyGraph graph, IReadOnlyList<int> targets)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targets);
        var lists = targets.Select(_ => new List<int>()).ToArray();
        for (var x = 0; x < graph.NodeCount; x++)
        {
            if (!graph.Topology.IsCandidate(x))
            {
                continue;
            }

            var down = FailureCascade.Run(graph.Topology, [x]);
            for (var k = 0; k < targets.Count; k++)
            {
                if (targets[k] != x && down[targets[k]])
                {
                    lists[k].Add(x);
                }
            }
        }

        return lists.Select(l => l.ToArray()).ToArray();
    }

    /// <summary>
    /// For every failure candidate X, the nodes its failure alone makes unavailable (X included): the transpose of
    /// the S sets. A structure node is never a failure, so its row is empty.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <returns>Per node, the unavailable node indices when it fails, ascending (empty for a structure node).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static int[][] StoppedBy(SupplyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new int[graph.NodeCount][];
        for (var x = 0; x < graph.NodeCount; x++)
        {
            if (!graph.Topology.IsCandidate(x))
            {
                result[x] = [];
                continue;
            }

            var down = FailureCascade.Run(graph.Topology, [x]);
            result[x] = Enumerable.Range(0, down.Length).Where(i => down[i]).ToArray();
        }

        return result;
    }
}
