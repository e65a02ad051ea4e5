namespace ChipChain.Analysis;

/// <summary>One node of a dependency tree: how far it is from the root and one shortest supply path connecting them.</summary>
/// <param name="Id">The node's id.</param>
/// <param name="Tier">Its distance from the root in supply links (1 = direct supplier or consumer).</param>
/// <param name="Via">The neighbour one tier closer to the root on <paramref name="Path"/> (for upstream, the consumer it supplies; for downstream, the supplier it depends on).</param>
/// <param name="Item">The item of the link between the node and <paramref name="Via"/>, or <see langword="null"/> when the link names none.</param>
/// <param name="Path">The node ids along the path in supply direction (supplier first): from this node to the root upstream, from the root to this node downstream.</param>
public sealed record DependencyEntry(string Id, int Tier, string Via, string? Item, IReadOnlyList<string> Path);
