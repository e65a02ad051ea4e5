namespace ChipChain.Analysis.Bottlenecks;

/// <summary>One supplier of an item and its normalised share of the item's supply.</summary>
/// <param name="Id">The supplier's node id.</param>
/// <param name="Country">The supplier's country code, if known.</param>
/// <param name="Share">The supplier's share, 0..1; an item's shares sum to 1.</param>
public sealed record SupplierShare(string Id, string? Country, double Share);
