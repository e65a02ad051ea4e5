namespace ChipChain.Analysis.Diff;

/// <summary>
/// A link, keyed by supplier, consumer and item (links with the same key summed), with its effective share of the
/// item (stated shares normalised, unstated ones filling the rest, rounded) in each graph: null on the side where the
/// link is absent. Added links have only <see cref="ShareAfter"/>, removed ones only <see cref="ShareBefore"/>. Immutable.
/// </summary>
/// <param name="Supplier">The supplier's id.</param>
/// <param name="Consumer">The consumer's id.</param>
/// <param name="Item">The item, if the link names one.</param>
/// <param name="ShareBefore">The effective share in the old graph, 0..1.</param>
/// <param name="ShareAfter">The effective share in the new graph, 0..1.</param>
public sealed record LinkChange(string Supplier, string Consumer, string? Item, double? ShareBefore, double? ShareAfter);
