using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// The reference failure cascade of docs/design.md: starting from the failed nodes (and links cut), a node becomes
/// unavailable when one of its items has lost every supplier; repeated to the least fixpoint. Every analysis must
/// agree with it. Linear time: each supplier entry is visited at most once.
/// </summary>
internal static class FailureCascade
{
    /// <summary>Runs the cascade on dense indices.</summary>
    /// <param name="topology">The graph topology.</param>
    /// <param name="failedNodes">Node indices that fail on their own.</param>
    /// <param name="cutLinks">Link indices that no longer deliver (optional).</param>
    /// <returns>For each node index, whether it is unavailable (failed nodes included).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topology"/> is null.</exception>
    /// <exception cref="IndexOutOfRangeException">An index is out of range.</exception>
    internal static bool[] Run(GraphTopology topology, ReadOnlySpan<int> failedNodes, ReadOnlySpan<int> cutLinks = default)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var down = new bool[topology.NodeCount];
        var alive = new int[topology.ItemCount];
        var entryStart = topology.EntryStart;
        for (var i = 0; i < alive.Length; i++)
        {
            alive[i] = entryStart[i + 1] - entryStart[i];
        }

        var queue = new Queue<int>();
        foreach (var f in failedNodes)
        {
            if (!down[f])
            {
                down[f] = true;
                queue.Enqueue(f);
            }
        }

        // A cut entry has already been counted as lost: its supplier failing later must not count it again.
        bool[]? cutEntry = null;
        if (!cutLinks.IsEmpty)
        {
            var cut = new HashSet<int>(cutLinks.ToArray());
            var entryLink = topology.EntryLink;
            var entryItem = topology.EntryItem;
            cutEntry = new bool[entryLink.Length];
            for (var e = 0; e < entryLink.Length; e++)
            {
                if (cut.Contains(entryLink[e]))
                {
                    cutEntry[e] = true;
                    Lose(topology, entryItem[e], alive, down, queue);
                }
            }
        }

        var itemOf = topology.EntryItem;
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            foreach (var e in topology.UsesOf(s))
            {
                if (cutEntry is null || !cutEntry[e])
                {
                    Lose(topology, itemOf[e], alive, down, queue);
                }
            }
        }

        return down;
    }

    /// <summary>Runs the cascade on node ids.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="failedIds">The ids of nodes that fail on their own.</param>
    /// <returns>The ids of every unavailable node (failed ones included), sorted ordinally.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">An id names no node.</exception>
    public static IReadOnlyList<string> Run(SupplyGraph graph, IEnumerable<string> failedIds)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(failedIds);
        var failed = failedIds.Select(graph.IndexOf).ToArray();
        var down = Run(graph.Topology, failed);
        var result = new List<string>();
        for (var i = 0; i < down.Length; i++)
        {
            if (down[i])
            {
                result.Add(graph[i].Id);
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private static void Lose(GraphTopology topology, int item, int[] alive, bool[] down, Queue<int> queue)
    {
        if (--alive[item] == 0)
        {
            var owner = topology.ItemOwner[item];
            if (!down[owner])
            {
                down[owner] = true;
                queue.Enqueue(owner);
            }
        }
    }
}
