using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>The nodes a target depends on: everything that reaches it through supply links (the target included).</summary>
internal static class Upstream
{
    /// <summary>The upstream nodes of <paramref name="target"/> in breadth-first order, the target first.</summary>
    /// <param name="topology">The graph topology.</param>
    /// <param name="target">The target node index.</param>
    /// <returns>The node indices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topology"/> is null.</exception>
    public static List<int> Of(GraphTopology topology, int target)
    {
        ArgumentNullException.ThrowIfNull(topology);
        return SupplyWalk.Run(topology, target, upstream: true).Order;
    }

    /// <summary>Which nodes are upstream of <paramref name="target"/> (the target included).</summary>
    /// <param name="topology">The graph topology.</param>
    /// <param name="target">The target node index.</param>
    /// <returns>One flag per node index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topology"/> is null.</exception>
    public static bool[] Mask(GraphTopology topology, int target)
    {
        ArgumentNullException.ThrowIfNull(topology);
        return SupplyWalk.Run(topology, target, upstream: true).Seen;
    }
}
