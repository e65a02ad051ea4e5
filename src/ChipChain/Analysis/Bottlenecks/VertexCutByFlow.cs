using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// The minimum vertex cut of a target whose supply is OR-only and acyclic: every upstream node has at most one item,
/// so the target stops exactly when every path from a source is broken. Each node v is split into v_in → v_out
/// with capacity 1 (unlimited for structure, which cannot fail); supplies are unlimited edges u_out → v_in; a super-source feeds every source. The cut size is
/// the maximum flow; the lexicographically smallest cut is then built greedily, keeping a node when removing it
/// lowers the flow by one.
/// </summary>
internal static class VertexCutByFlow
{
    /// <summary>Whether the target's supply is OR-only and acyclic.</summary>
    public static bool Applies(SupplyGraph graph, bool[] upstream)
    {
        var t = graph.Topology;
        for (var v = 0; v < upstream.Length; v++)
        {
            if (upstream[v] && (t.ItemStart[v + 1] - t.ItemStart[v] > 1 || graph.Components.IsCyclic(graph.Components.ComponentOf(v))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The cut's node indices, ascending by id.</summary>
    public static List<int> Find(SupplyGraph graph, int target, bool[] upstream, IReadOnlyList<int> candidates)
    {
        var removed = new bool[graph.NodeCount];
        var size = (int)Flow(graph, target, upstream, removed);
        var cut = new List<int>();
        foreach (var c in candidates)
        {
            if (cut.Count == size)
            {
                break;
            }

            removed[c] = true;
            if ((int)Flow(graph, target, upstream, removed) == size - cut.Count - 1)
            {
                cut.Add(c);
            }
            else
            {
                removed[c] = false;
            }
        }

        return cut;
    }

    private static double Flow(SupplyGraph graph, int target, bool[] upstream, bool[] removed)
    {
        var t = graph.Topology;
        var n = graph.NodeCount;
        var superSource = 2 * n;
        var edges = new List<FlowEdge>();
        for (var v = 0; v < n; v++)
        {
            if (!upstream[v])
            {
                continue;
            }

            if (v != target)
            {
                // Structure (a market, a process step) cannot fail: it is never cut, so its capacity is unlimited.
                edges.Add(new FlowEdge(2 * v, (2 * v) + 1, removed[v] ? 0 : t.IsCandidate(v) ? 1 : double.PositiveInfinity));
            }

            if (t.ItemStart[v] == t.ItemStart[v + 1])
            {
                edges.Add(new FlowEdge(superSource, 2 * v, double.PositiveInfinity));
            }

            for (var item = t.ItemStart[v]; item < t.ItemStart[v + 1]; item++)
            {
                foreach (var s in t.SuppliersOf(item).ToArray().Distinct())
                {
                    edges.Add(new FlowEdge((2 * s) + 1, 2 * v, double.PositiveInfinity));
                }
            }
        }

        return MaximumFlow.Compute((2 * n) + 1, edges, superSource, 2 * target).Value;
    }
}
