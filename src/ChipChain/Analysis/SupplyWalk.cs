using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// The one breadth-first walk along supply links, against them (upstream: to suppliers) or with them (downstream:
/// to consumers), optionally limited in depth and recording, per node reached, its distance and the supplier entry
/// through which it was first reached. <see cref="Upstream"/> and <see cref="Dependencies"/> both run on it.
/// </summary>
internal sealed class SupplyWalk
{
    private SupplyWalk(List<int> order, bool[] seen, int[]? depth, int[]? parentEntry)
    {
        Order = order;
        Seen = seen;
        Depth = depth;
        ParentEntry = parentEntry;
    }

    /// <summary>The nodes reached in breadth-first order, the root first; items and entries are visited in index order.</summary>
    public List<int> Order { get; }

    /// <summary>Per node index, whether it was reached.</summary>
    public bool[] Seen { get; }

    /// <summary>Per node index, its distance from the root (when tracked; -1 if not reached).</summary>
    public int[]? Depth { get; }

    /// <summary>Per node index, the entry of the link that first reached it (when tracked; -1 for the root and unreached nodes).</summary>
    public int[]? ParentEntry { get; }

    /// <summary>Walks from <paramref name="root"/>.</summary>
    /// <param name="t">The topology.</param>
    /// <param name="root">The start node.</param>
    /// <param name="upstream">Whether to walk to suppliers (else to consumers).</param>
    /// <param name="maxDepth">The largest distance to reach, or <see langword="null"/> for no limit.</param>
    /// <param name="track">Whether to record <see cref="Depth"/> and <see cref="ParentEntry"/>.</param>
    public static SupplyWalk Run(GraphTopology t, int root, bool upstream, int? maxDepth = null, bool track = false)
    {
        var seen = new bool[t.NodeCount];
        int[]? depth = null;
        int[]? parent = null;
        if (track)
        {
            depth = new int[t.NodeCount];
            parent = new int[t.NodeCount];
            Array.Fill(depth, -1);
            Array.Fill(parent, -1);
            depth[root] = 0;
        }

        var order = new List<int> { root };
        seen[root] = true;
        var limit = maxDepth ?? int.MaxValue;
        var levelEnd = 1;
        var level = 0;
        for (var k = 0; k < order.Count; k++)
        {
            if (k == levelEnd)
            {
                level++;
                levelEnd = order.Count;
            }

            if (level >= limit)
            {
                break;
            }

            var v = order[k];
            if (upstream)
            {
                var entryStart = t.EntryStart;
                var supplier = t.EntrySupplier;
                for (var e = entryStart[t.ItemStart[v]]; e < entryStart[t.ItemStart[v + 1]]; e++)
                {
                    Visit(supplier[e], e);
                }
            }
            else
            {
                foreach (var e in t.UsesOf(v))
                {
                    Visit(t.ItemOwner[t.EntryItem[e]], e);
                }
            }

            void Visit(int w, int e)
            {
                if (seen[w])
                {
                    return;
                }

                seen[w] = true;
                order.Add(w);
                if (track)
                {
                    depth![w] = level + 1;
                    parent![w] = e;
                }
            }
        }

        return new SupplyWalk(order, seen, depth, parent);
    }
}
