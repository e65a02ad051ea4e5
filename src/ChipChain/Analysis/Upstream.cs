using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>The nodes a target depends on: everything that reaches it through supply links (the target included).</summary>
public static class Upstream
{
    /// <summary>The upstream nodes of <paramref name="target"/> in breadth-first order, the target first.</summary>
    /// <param name="topology">The graph topology.</param>
    /// <param name="target">The target node index.</param>
    /// <returns>The node indices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topology"/> is null.</exception>
    public static List<int> Of(GraphTopology topology, int target)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var seen = new bool[topology.NodeCount];
        return Collect(topology, target, seen);
    }

    /// <summary>Which nodes are upstream of <paramref name="target"/> (the target included).</summary>
    /// <param name="topology">The graph topology.</param>
    /// <param name="target">The target node index.</param>
    /// <returns>One flag per node index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topology"/> is null.</exception>
    public static bool[] Mask(GraphTopology topology, int target)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var seen = new bool[topology.NodeCount];
        Collect(topology, target, seen);
        return seen;
    }

    private static List<int> Collect(GraphTopology t, int target, bool[] seen)
    {
        var result = new List<int> { target };
        seen[target] = true;
        for (var k = 0; k < result.Count; k++)
        {
            var v = result[k];
            for (var item = t.ItemStart[v]; item < t.ItemStart[v + 1]; item++)
            {
                foreach (var s in t.SuppliersOf(item))
                {
                    if (!seen[s])
                    {
                        seen[s] = true;
                        result.Add(s);
                    }
                }
            }
        }

        return result;
    }
}
