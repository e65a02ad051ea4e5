namespace ChipChain.Analysis.Bottlenecks;

/// <summary>One capacity in a binding cut: a node's own capacity, or a link's when <see cref="Consumer"/> is set.</summary>
/// <param name="Node">The node (or the link's supplier).</param>
/// <param name="Consumer">The link's consumer, or null for the node's own capacity.</param>
/// <param name="Capacity">The capacity.</param>
public sealed record CapacityLimit(string Node, string? Consumer, double Capacity);
