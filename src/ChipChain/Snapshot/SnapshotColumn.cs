using System.IO.Hashing;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace ChipChain.Snapshot;

/// <summary>
/// Goes through a section front to back in chunks, in place in the file's mapping (nothing is copied: a section that
/// is only checked, or kept only in part, costs one pass over the operating system's file cache), hashing as it goes;
/// <see cref="Verify"/> then checks the section's checksum. Each chunk is hashed and handed on while it is in the
/// core's cache.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed unsafe class SnapshotColumn<T> : IDisposable
    where T : unmanaged
{
    /// <summary>Elements per chunk (64 KiB of 8-byte values).</summary>
    public const int ChunkLength = 8192;

    private readonly SnapshotFile _snapshot;
    private readonly SnapshotExtent _extent;
    private readonly MemoryMappedViewAccessor? _view;
    private readonly byte* _start;
    private readonly XxHash3 _hash = new();
    private long _read;

    /// <summary>Maps the section (an empty one is not mapped).</summary>
    /// <exception cref="IOException">The file cannot be mapped.</exception>
    public SnapshotColumn(SnapshotFile snapshot, SnapshotSection section)
    {
        _snapshot = snapshot;
        _extent = snapshot.Extent(section);
        if (_extent.Length > 0)
        {
            _view = snapshot.Map(_extent);
            byte* pointer = null;
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            _start = pointer + _view.PointerOffset;
        }
    }

    /// <summary>The next <paramref name="count"/> elements (at most <see cref="ChunkLength"/>), valid until this column is disposed.</summary>
    /// <exception cref="InvalidSnapshotException">The section holds fewer elements than that.</exception>
    public ReadOnlySpan<T> Next(int count)
    {
        var length = (long)count * sizeof(T);
        if (count < 0 || _read + length > _extent.Length)
        {
            // The callers ask for what the header's counts say, which the section table was checked against: never met.
            throw SnapshotErrors.Corrupt(_snapshot.File, "a section is shorter than its counts");
        }

        var bytes = new ReadOnlySpan<byte>(_start + _read, (int)length);
        _hash.Append(bytes);
        _read += length;
        return MemoryMarshal.Cast<byte, T>(bytes);
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

    /// <inheritdoc />
    public void Dispose()
    {
        if (_view is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }
    }
}
