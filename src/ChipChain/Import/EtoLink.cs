namespace ChipChain.Import;

/// <summary>A link the mapping will create, before ordering: supplier, consumer, item and what the provision row said.</summary>
internal sealed record EtoLink(string Supplier, string Consumer, string Item, double? Share, bool Negligible, string? Year, string? Source);
