namespace ChipChain.Snapshot;

/// <summary>The element counts a snapshot header states; every section's length follows from them.</summary>
/// <param name="Nodes">The number of nodes.</param>
/// <param name="Links">The number of links (and topology entries).</param>
/// <param name="Items">The number of topology items.</param>
/// <param name="Strings">The number of distinct strings.</param>
/// <param name="Extras">The number of links with a capacity, note, source or unknown property.</param>
internal readonly record struct SnapshotCounts(int Nodes, int Links, int Items, int Strings, int Extras);
