using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace ChipChain.Snapshot;

/// <summary>
/// Reads a section front to back in small chunks into one reused buffer (kept off the large object heap), hashing
/// as it goes; <see cref="Verify"/> then checks the section's checksum.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class SnapshotColumn<T>
    where T : unmanaged
{
    /// <summary>Elements per chunk: 64 KiB of 8-byte values, under the large object heap's threshold.</summary>
    public const int ChunkLength = 8192;

    private readonly SnapshotFile _snapshot;
    private readonly SnapshotExtent _extent;
    private readonly T[] _buffer;
    private readonly XxHash3 _hash = new();
    private long _read;

    public SnapshotColumn(SnapshotFile snapshot, SnapshotSection section)
    {
        _snapshot = snapshot;
        _extent = snapshot.Extent(section);
        _buffer = new T[ChunkLength];
    }

    /// <summary>The next <paramref name="count"/> elements (at most <see cref="ChunkLength"/>).</summary>
    public ReadOnlySpan<T> Next(int count)
    {
        var chunk = _buffer.AsSpan(0, count);
        var bytes = MemoryMarshal.AsBytes(chunk);
        _snapshot.ReadBytes(bytes, _extent.Offset + _read);
        _hash.Append(bytes);
        _read += bytes.Length;
        return chunk;
    }

    /// <summary>Checks, once the whole section was read, that it matches its checksum.</summary>
    /// <exception cref="InvalidSnapshotException">It does not.</exception>
    public void Verify()
    {
        if (_read != _extent.Length || _hash.GetCurrentHashAsUInt64() != _extent.Checksum)
        {
            throw SnapshotErrors.ChecksumMismatch(_snapshot.File);
        }
    }
}
