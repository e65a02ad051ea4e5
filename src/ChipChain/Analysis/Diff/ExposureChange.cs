namespace ChipChain.Analysis.Diff;

/// <summary>
/// A failure candidate whose exposure (the share of the target's supply lost when it alone fails) moved. An exposure
/// is 0 for a node of the graph that is not upstream of the target, and null when the graph has no such node.
/// </summary>
/// <param name="Id">The node id.</param>
/// <param name="Before">The exposure in the old graph, 0..1, or null when the node is not in it.</param>
/// <param name="After">The exposure in the new graph, 0..1, or null when the node is not in it.</param>
public sealed record ExposureChange(string Id, double? Before, double? After)
{
    /// <summary>The size of the move, an absent node counting as 0.</summary>
    public double Change => Math.Abs((After ?? 0) - (Before ?? 0));
}
