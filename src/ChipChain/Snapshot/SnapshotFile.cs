using System.IO.Hashing;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ChipChain.Snapshot;

/// <summary>
/// An open snapshot file whose header and section table were checked (magic, version, length, table checksum,
/// every section inside the file, aligned, not overlapping and as long as the header's counts say). Sections are
/// read whole, in blocks straight into a typed array, or gone through in place in the file's mapping (see
/// <see cref="SnapshotColumn{T}"/>); each is checked against its checksum.
/// </summary>
internal sealed partial class SnapshotFile : IDisposable
{
    private const int ScratchSize = 1 << 16;
    private const int HashBlock = 1 << 18; // a quarter of a MiB: read and hashed while it is in the core's own cache
    private readonly SafeFileHandle _handle;
    private readonly Dictionary<SnapshotSection, SnapshotExtent> _sections;
    private readonly Lazy<MemoryMappedFile> _map;

    private SnapshotFile(SafeFileHandle handle, string file, SnapshotCounts counts, Dictionary<SnapshotSection, SnapshotExtent> sections)
    {
        _handle = handle;
        _map = new Lazy<MemoryMappedFile>(() => MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true));
        File = file;
        Counts = counts;
        _sections = sections;
    }

    /// <summary>The file name used in messages.</summary>
    public string File { get; }

    /// <summary>The counts the header states.</summary>
    public SnapshotCounts Counts { get; }

    /// <summary>Whether a file's first bytes are those of a snapshot, or the start of them (a file cut short).</summary>
    public static bool StartsLikeSnapshot(ReadOnlySpan<byte> start)
    {
        var length = Math.Min(start.Length, SnapshotLayout.Magic.Length);
        return length > 0 && start[..length].SequenceEqual(SnapshotLayout.Magic[..length]);
    }

    /// <summary>Opens a snapshot and checks its header and section table.</summary>
    /// <exception cref="InvalidSnapshotException">The file is not a snapshot of this version, is cut short, or its table is damaged.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SnapshotFile Open(string path, string file)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Snapshots are read on little-endian machines only.");
        }

        var handle = System.IO.File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            var (counts, sections) = ReadTable(handle, file);
            return new SnapshotFile(handle, file, counts, sections);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Where a section lies and its checksum.</summary>
    public SnapshotExtent Extent(SnapshotSection section) => _sections[section];

    /// <summary>Reads a section whole, in blocks, and checks its checksum.</summary>
    /// <exception cref="InvalidSnapshotException">The section's bytes do not match their checksum.</exception>
    public T[] Read<T>(SnapshotSection section)
        where T : unmanaged => Read<T>(_handle, File, _sections[section], null, string.Empty);

    /// <summary>
    /// Reads a section whole, in blocks, checking each block's values with <paramref name="check"/> while the block is
    /// still in cache (a check after reading would fetch the whole section from memory again), and checks its checksum.
    /// Each block is handed on with the last value of the block before it, so checks of order see every pair.
    /// </summary>
    /// <exception cref="InvalidSnapshotException">A block fails the check (<paramref name="problem"/>), or the section's bytes do not match their checksum.</exception>
    public T[] Read<T>(SnapshotSection section, Func<ReadOnlySpan<T>, bool> check, string problem)
        where T : unmanaged => Read(_handle, File, _sections[section], check, problem);

    /// <summary>
    /// Checks a section in place in the file's mapping, a chunk at a time, without keeping it, then its checksum: for
    /// what is read again only when first asked for.
    /// </summary>
    /// <exception cref="InvalidSnapshotException">A chunk fails the check (<paramref name="problem"/>), or the section's bytes do not match their checksum.</exception>
    /// <exception cref="IOException">The file cannot be mapped.</exception>
    public void CheckInPlace<T>(SnapshotSection section, Func<ReadOnlySpan<T>, bool> check, string problem)
        where T : unmanaged
    {
        using var column = new SnapshotColumn<T>(this, section);
        var count = (int)(_sections[section].Length / Marshal.SizeOf<T>());
        for (var start = 0; start < count; start += SnapshotColumn<T>.ChunkLength)
        {
            if (!check(column.Next(Math.Min(SnapshotColumn<T>.ChunkLength, count - start))))
            {
                throw SnapshotErrors.Corrupt(File, problem);
            }
        }

        column.Verify();
    }

    /// <summary>Reads a section whole from a file opened again (for what is read only on demand), checking it against <paramref name="extent"/>.</summary>
    /// <exception cref="InvalidSnapshotException">The file no longer holds the same bytes there.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static T[] ReadAgain<T>(string path, string file, SnapshotExtent extent)
        where T : unmanaged
    {
        using var handle = System.IO.File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read<T>(handle, file, extent, null, string.Empty);
    }

    /// <summary>Maps a section (of at least one byte) for reading in place; the view must be disposed before this file is.</summary>
    /// <exception cref="IOException">The file cannot be mapped.</exception>
    public MemoryMappedViewAccessor Map(SnapshotExtent extent) => _map.Value.CreateViewAccessor(extent.Offset, extent.Length, MemoryMappedFileAccess.Read);

    /// <summary>Whether every section matches its checksum (to tell damage from a writer's mistake).</summary>
    public bool AllSectionsIntact()
    {
        var scratch = new byte[ScratchSize];
        foreach (var extent in _sections.Values)
        {
            var hash = new XxHash3();
            for (var at = 0L; at < extent.Length; at += scratch.Length)
            {
                var chunk = scratch.AsSpan(0, (int)Math.Min(scratch.Length, extent.Length - at));
                ReadExactly(_handle, File, chunk, extent.Offset + at);
                hash.Append(chunk);
            }

            if (hash.GetCurrentHashAsUInt64() != extent.Checksum)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_map.IsValueCreated)
        {
            _map.Value.Dispose();
        }

        _handle.Dispose();
    }

    private static T[] Read<T>(SafeFileHandle handle, string file, SnapshotExtent extent, Func<ReadOnlySpan<T>, bool>? check, string problem)
        where T : unmanaged
    {
        var size = Marshal.SizeOf<T>();
        var data = GC.AllocateUninitializedArray<T>((int)(extent.Length / size));
        var bytes = MemoryMarshal.AsBytes(data.AsSpan());

        // Each block is hashed (and checked) just after it is read, while it is still in the cache: hashing the whole
        // section after reading it would fetch it from memory a second time.
        var hash = new XxHash3();
        for (var at = 0; at < bytes.Length; at += HashBlock)
        {
            var block = bytes.Slice(at, Math.Min(HashBlock, bytes.Length - at));
            ReadExactly(handle, file, block, extent.Offset + at);
            hash.Append(block);
            var first = Math.Max(0, (at / size) - 1);
            if (check is not null && !check(data.AsSpan(first, ((at + block.Length) / size) - first)))
            {
                throw SnapshotErrors.Corrupt(file, problem);
            }
        }

        if (hash.GetCurrentHashAsUInt64() != extent.Checksum)
        {
            throw SnapshotErrors.ChecksumMismatch(file);
        }

        return data;
    }

    private static void ReadExactly(SafeFileHandle handle, string file, Span<byte> buffer, long offset)
    {
        var got = ReadFully(handle, buffer, offset);
        if (got < buffer.Length)
        {
            // The file shrank after its length was taken.
            throw SnapshotErrors.Truncated(file, offset + got);
        }
    }

    private static int ReadFully(SafeFileHandle handle, Span<byte> buffer, long offset)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer[total..], offset + total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
