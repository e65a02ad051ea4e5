namespace ChipChain.Rendering.Views;

/// <summary>
/// One link's contribution to a drawn arrow, in graph indices: the link itself, or (in the firms view) the first link
/// of a path through structure, <paramref name="Via"/> being the structure node it enters (-1 for a direct link).
/// </summary>
internal readonly record struct EdgePart(int Supplier, int Consumer, int Link, int Via);
