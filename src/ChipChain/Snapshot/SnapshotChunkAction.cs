namespace ChipChain.Snapshot;

/// <summary>Receives one chunk of a section read piece by piece.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="chunk">The elements.</param>
/// <param name="start">The index of the chunk's first element in the section.</param>
internal delegate void SnapshotChunkAction<T>(ReadOnlySpan<T> chunk, int start);
