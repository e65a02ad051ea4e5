namespace ChipChain.Snapshot;

/// <summary>Where a section lies in a snapshot file and the checksum its bytes must have.</summary>
/// <param name="Offset">The byte offset from the start of the file.</param>
/// <param name="Length">The length in bytes.</param>
/// <param name="Checksum">The XXH3 hash (64 bits, seed 0) of the section's bytes.</param>
internal readonly record struct SnapshotExtent(long Offset, long Length, ulong Checksum);
