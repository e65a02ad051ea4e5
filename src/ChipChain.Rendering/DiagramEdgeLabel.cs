namespace ChipChain.Rendering;

/// <summary>
/// What one drawn arrow carries, for its label: the item (its node's name when the item is a node id; the name of the
/// structure node entered when the link names no item and the arrow stands for a collapsed path) and the link's share.
/// </summary>
/// <param name="Item">The item's name, or empty when the link names none.</param>
/// <param name="Share">The supplier's stated share of the item (0..1), or <see langword="null"/>.</param>
public sealed record DiagramEdgeLabel(string Item, double? Share);
