namespace ChipChain.Analysis.Diff;

/// <summary>
/// A link as the diff identifies it: supplier, consumer and item. Two links of one graph with the same key are one
/// delivery listed twice; the diff counts them as one.
/// </summary>
/// <param name="Supplier">The supplier's id.</param>
/// <param name="Consumer">The consumer's id.</param>
/// <param name="Item">The item, or null for a link without item.</param>
internal sealed record LinkKey(string Supplier, string Consumer, string? Item);
