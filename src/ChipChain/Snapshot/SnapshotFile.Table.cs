using System.Buffers.Binary;
using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace ChipChain.Snapshot;

/// <summary>Reading and checking a snapshot's header and section table, before any section is believed.</summary>
internal sealed partial class SnapshotFile
{
    private static (SnapshotCounts Counts, Dictionary<SnapshotSection, SnapshotExtent> Sections) ReadTable(SafeFileHandle handle, string file)
    {
        var actual = RandomAccess.GetLength(handle);
        var header = new byte[SnapshotLayout.HeaderSize];
        var got = ReadFully(handle, header.AsSpan(0, (int)Math.Min(actual, header.Length)), 0);
        if (!StartsLikeSnapshot(header.AsSpan(0, got)))
        {
            throw SnapshotErrors.NotASnapshot(file);
        }

        if (got < SnapshotLayout.VersionOffset + 4)
        {
            throw SnapshotErrors.Truncated(file, got);
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(SnapshotLayout.VersionOffset));
        if (version != SnapshotLayout.Version)
        {
            throw SnapshotErrors.UnsupportedVersion(file, version);
        }

        if (got < SnapshotLayout.HeaderSize)
        {
            throw SnapshotErrors.Truncated(file, got);
        }

        // The header and table are checked against their checksum before anything they say is believed; a file cut
        // short says so first.
        var declared = SnapshotLayout.Length(header);
        var sectionCount = SnapshotLayout.SectionCount(header);
        var tableEnd = SnapshotLayout.HeaderSize + ((long)sectionCount * SnapshotLayout.EntrySize);
        if (sectionCount < 0 || tableEnd > actual)
        {
            throw declared > actual ? SnapshotErrors.Truncated(file, actual) : SnapshotErrors.ChecksumMismatch(file);
        }

        var table = new byte[tableEnd - SnapshotLayout.HeaderSize];
        ReadExactly(handle, file, table, SnapshotLayout.HeaderSize);
        if (SnapshotLayout.TableChecksum(header, table) != SnapshotLayout.StoredTableChecksum(header))
        {
            throw SnapshotErrors.ChecksumMismatch(file);
        }

        if (declared > actual)
        {
            throw SnapshotErrors.Truncated(file, actual);
        }

        if (declared < actual)
        {
            throw SnapshotErrors.Corrupt(file, string.Create(CultureInfo.InvariantCulture, $"the file has {actual - declared} byte(s) after the {declared} its header states"));
        }

        var counts = SnapshotLayout.Counts(header);
        if (counts.Nodes < 0 || counts.Links < 0 || counts.Items < 0 || counts.Strings < 0 || counts.Extras < 0)
        {
            throw SnapshotErrors.Corrupt(file, "a negative count in the header");
        }

        var (sections, extents) = Sections(file, table, tableEnd, declared, counts);
        CheckPadding(handle, file, extents, tableEnd, declared);
        return (counts, sections);
    }

    /// <summary>The bytes between sections (fewer than 8 each, for alignment) must be zero: no checksum covers them.</summary>
    private static void CheckPadding(SafeFileHandle handle, string file, List<SnapshotExtent> extents, long tableEnd, long length)
    {
        Span<byte> gap = stackalloc byte[8];
        var at = tableEnd;
        for (var e = 0; e <= extents.Count; e++)
        {
            var next = e < extents.Count ? extents[e].Offset : length;
            if (next - at >= 8)
            {
                throw SnapshotErrors.Corrupt(file, "unexplained bytes between sections");
            }

            var padding = gap[..(int)(next - at)];
            ReadExactly(handle, file, padding, at);
            if (padding.ContainsAnyExcept((byte)0))
            {
                throw SnapshotErrors.Corrupt(file, "padding between sections is not zero");
            }

            if (e < extents.Count)
            {
                at = extents[e].Offset + extents[e].Length;
            }
        }
    }

    /// <summary>The section table's entries, checked against the file's length and the header's counts.</summary>
    private static (Dictionary<SnapshotSection, SnapshotExtent> Sections, List<SnapshotExtent> InFileOrder) Sections(string file, byte[] table, long tableEnd, long length, SnapshotCounts counts)
    {
        var sections = new Dictionary<SnapshotSection, SnapshotExtent>();
        var extents = new List<SnapshotExtent>();
        var seen = new HashSet<uint>();
        for (var at = 0; at < table.Length; at += SnapshotLayout.EntrySize)
        {
            var (id, elementSize, extent) = SnapshotLayout.ReadEntry(table.AsSpan(at));
            var known = Enum.IsDefined((SnapshotSection)id);
            var name = known ? ((SnapshotSection)id).ToString() : id.ToString(CultureInfo.InvariantCulture);
            if (extent.Offset < tableEnd || extent.Length < 0 || extent.Offset % 8 != 0 || extent.Length > length - extent.Offset)
            {
                throw SnapshotErrors.Corrupt(file, $"section {name} lies outside the file");
            }

            if (!seen.Add(id))
            {
                throw SnapshotErrors.Corrupt(file, $"section {name} appears twice");
            }

            extents.Add(extent);
            if (!known)
            {
                // Sections this version does not know are skipped: later writers may add some without a new version.
                continue;
            }

            var section = (SnapshotSection)id;
            var size = SnapshotLayout.ElementSize(section);
            var count = SnapshotLayout.ElementCount(section, counts);
            if (elementSize != size || extent.Length % size != 0 || (count >= 0 && extent.Length != count * size && !(extent.Length == 0 && SnapshotLayout.MayBeEmpty(section))) || extent.Length / size > Array.MaxLength)
            {
                throw SnapshotErrors.Corrupt(file, $"section {name} has the wrong length for the header's counts");
            }

            sections.Add(section, extent);
        }

        foreach (var section in SnapshotLayout.Sections)
        {
            if (!sections.ContainsKey(section))
            {
                throw SnapshotErrors.Corrupt(file, $"section {section} is missing");
            }
        }

        extents.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Length.CompareTo(b.Length));
        for (var e = 1; e < extents.Count; e++)
        {
            if (extents[e].Offset < extents[e - 1].Offset + extents[e - 1].Length)
            {
                throw SnapshotErrors.Corrupt(file, "sections overlap");
            }
        }

        return (sections, extents);
    }
}
