using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ChipChain.Snapshot;

/// <summary>
/// Reads a snapshot file's sections straight into typed arrays, one large read per section, after checking the
/// magic, the version, the length and the section table, and hashing every byte on the way for the trailing checksum.
/// </summary>
internal sealed class SnapshotFileReader
{
    private const int ScratchSize = 1 << 16;
    private readonly SafeFileHandle _handle;
    private readonly string _file;
    private readonly long _actual;
    private long _declared;

    private SnapshotFileReader(SafeFileHandle handle, string file)
    {
        _handle = handle;
        _file = file;
        _actual = RandomAccess.GetLength(handle);
    }

    /// <summary>Whether a file's first bytes are those of a snapshot, or of the start of one (a file cut short).</summary>
    public static bool StartsLikeSnapshot(ReadOnlySpan<byte> start) =>
        start.Length > 0 && start[..Math.Min(start.Length, SnapshotLayout.Magic.Length)].SequenceEqual(SnapshotLayout.Magic[..Math.Min(start.Length, SnapshotLayout.Magic.Length)]);

    /// <summary>Reads and checks the file's sections.</summary>
    /// <exception cref="InvalidSnapshotException">The file is not a version 1 snapshot, is cut short, fails its checksum or has an inconsistent layout.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SnapshotContent Read(string path, string file)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Snapshots are read on little-endian machines only.");
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        return new SnapshotFileReader(handle, file).Read();
    }

    private SnapshotContent Read()
    {
        var header = new byte[SnapshotLayout.HeaderSize];
        var got = ReadFully(header.AsSpan(0, (int)Math.Min(_actual, header.Length)), 0);
        if (!StartsLikeSnapshot(header.AsSpan(0, got)))
        {
            throw SnapshotErrors.NotASnapshot(_file);
        }

        if (got < SnapshotLayout.VersionOffset + 4)
        {
            throw SnapshotErrors.Truncated(_file, got);
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(SnapshotLayout.VersionOffset));
        if (version != SnapshotLayout.Version)
        {
            throw SnapshotErrors.UnsupportedVersion(_file, version);
        }

        if (got < SnapshotLayout.HeaderSize)
        {
            throw SnapshotErrors.Truncated(_file, got);
        }

        _declared = SnapshotLayout.Length(header);
        if (_declared > _actual)
        {
            throw SnapshotErrors.Truncated(_file, _actual);
        }

        if (_declared < _actual)
        {
            throw Fail(string.Create(CultureInfo.InvariantCulture, $"the file has {_actual - _declared} byte(s) after the {_declared} its header states"));
        }

        var counts = SnapshotLayout.Counts(header);
        if (counts.Nodes < 0 || counts.Links < 0 || counts.Items < 0 || counts.Strings < 0 || counts.Extras < 0)
        {
            throw Fail("a negative count in the header");
        }

        var sectionCount = SnapshotLayout.SectionCount(header);
        var tableEnd = SnapshotLayout.HeaderSize + ((long)sectionCount * SnapshotLayout.EntrySize);
        if (sectionCount < 0 || tableEnd + SnapshotLayout.TrailerSize > _declared)
        {
            throw Fail("the section table does not fit in the file");
        }

        var table = new byte[tableEnd - SnapshotLayout.HeaderSize];
        ReadExactly(table, SnapshotLayout.HeaderSize);
        var entries = Entries(table, tableEnd, counts);

        var hash = new XxHash64();
        hash.Append(header);
        hash.Append(table);
        var sections = new Dictionary<SnapshotSection, Array>();
        var position = tableEnd;
        foreach (var (id, offset, length) in entries)
        {
            HashRange(hash, position, offset);
            if (Enum.IsDefined((SnapshotSection)id))
            {
                var section = (SnapshotSection)id;
                var data = Allocate(SnapshotLayout.ElementSize(section), length);
                var bytes = BytesOf(data);
                ReadExactly(bytes, offset);
                hash.Append(bytes);
                sections.Add(section, data);
            }
            else
            {
                HashRange(hash, offset, offset + length);
            }

            position = offset + length;
        }

        HashRange(hash, position, _declared - SnapshotLayout.TrailerSize);
        if (hash.GetCurrentHashAsUInt64() != StoredChecksum())
        {
            throw SnapshotErrors.ChecksumMismatch(_file);
        }

        return new SnapshotContent(counts, sections);
    }

    /// <summary>The section table's entries in file order, checked against the file and the header's counts.</summary>
    private List<(uint Id, long Offset, long Length)> Entries(byte[] table, long tableEnd, SnapshotCounts counts)
    {
        var entries = new List<(uint Id, long Offset, long Length)>();
        var seen = new HashSet<uint>();
        var dataEnd = _declared - SnapshotLayout.TrailerSize;
        for (var at = 0; at < table.Length; at += SnapshotLayout.EntrySize)
        {
            var (id, elementSize, offset, length) = SnapshotLayout.ReadEntry(table.AsSpan(at));
            var name = Enum.IsDefined((SnapshotSection)id) ? ((SnapshotSection)id).ToString() : id.ToString(CultureInfo.InvariantCulture);
            if (offset < tableEnd || length < 0 || offset % 8 != 0 || length > dataEnd - offset)
            {
                throw Fail($"section {name} lies outside the file");
            }

            if (!seen.Add(id))
            {
                throw Fail($"section {name} appears twice");
            }

            if (Enum.IsDefined((SnapshotSection)id))
            {
                var section = (SnapshotSection)id;
                var size = SnapshotLayout.ElementSize(section);
                var count = SnapshotLayout.ElementCount(section, counts);
                if (elementSize != size || length % size != 0 || (count >= 0 && length != count * size) || length / size > Array.MaxLength)
                {
                    throw Fail($"section {name} has the wrong length for the header's counts");
                }
            }

            entries.Add((id, offset, length));
        }

        var missing = SnapshotLayout.Sections.FirstOrDefault(s => !seen.Contains((uint)s));
        if (missing != default)
        {
            throw Fail($"section {missing} is missing");
        }

        entries.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        for (var e = 1; e < entries.Count; e++)
        {
            if (entries[e].Offset < entries[e - 1].Offset + entries[e - 1].Length)
            {
                throw Fail("sections overlap");
            }
        }

        return entries;
    }

    /// <summary>
    /// The exception for a layout that makes no sense: a checksum mismatch when the bytes do not match their checksum
    /// (the usual cause), otherwise the layout problem itself.
    /// </summary>
    private InvalidSnapshotException Fail(string detail)
    {
        if (_declared >= SnapshotLayout.HeaderSize + SnapshotLayout.TrailerSize && _declared <= _actual)
        {
            var hash = new XxHash64();
            HashRange(hash, 0, _declared - SnapshotLayout.TrailerSize);
            if (hash.GetCurrentHashAsUInt64() != StoredChecksum())
            {
                return SnapshotErrors.ChecksumMismatch(_file);
            }
        }

        return SnapshotErrors.Corrupt(_file, detail);
    }

    private ulong StoredChecksum()
    {
        Span<byte> trailer = stackalloc byte[SnapshotLayout.TrailerSize];
        ReadExactly(trailer, _declared - SnapshotLayout.TrailerSize);
        return BinaryPrimitives.ReadUInt64LittleEndian(trailer);
    }

    private void HashRange(XxHash64 hash, long from, long to)
    {
        var scratch = new byte[(int)Math.Min(ScratchSize, Math.Max(0, to - from))];
        for (var at = from; at < to; at += scratch.Length)
        {
            var chunk = scratch.AsSpan(0, (int)Math.Min(scratch.Length, to - at));
            ReadExactly(chunk, at);
            hash.Append(chunk);
        }
    }

    private static Array Allocate(int elementSize, long length) => elementSize switch
    {
        1 => new byte[length],
        4 => new int[length / 4],
        _ => new double[length / 8],
    };

    private static Span<byte> BytesOf(Array data) => data switch
    {
        int[] ints => MemoryMarshal.AsBytes(ints.AsSpan()),
        double[] doubles => MemoryMarshal.AsBytes(doubles.AsSpan()),
        _ => ((byte[])data).AsSpan(),
    };

    private void ReadExactly(Span<byte> buffer, long offset)
    {
        var got = ReadFully(buffer, offset);
        if (got < buffer.Length)
        {
            // The file shrank after its length was taken.
            throw SnapshotErrors.Truncated(_file, offset + got);
        }
    }

    private int ReadFully(Span<byte> buffer, long offset)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(_handle, buffer[total..], offset + total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
