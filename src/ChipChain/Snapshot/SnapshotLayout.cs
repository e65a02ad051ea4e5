using System.Buffers.Binary;
using System.IO.Hashing;

namespace ChipChain.Snapshot;

/// <summary>
/// The fixed parts of the version 4 snapshot layout (docs/format.md): a 64-byte header, a table of 32-byte section
/// entries, and the sections at 8-byte aligned offsets. The header holds an XXH3 (64-bit) hash of itself and the
/// table, each table entry the XXH3 hash of its section, so each section is checked when it is read. Little-endian.
/// </summary>
internal static class SnapshotLayout
{
    /// <summary>The format version this library writes and reads.</summary>
    public const uint Version = 4;

    /// <summary>The header's size in bytes.</summary>
    public const int HeaderSize = 64;

    /// <summary>The size of one section table entry: id (u32), element size (u32), offset (u64), length (u64), XXH3 hash (u64).</summary>
    public const int EntrySize = 32;

    /// <summary>Where the header keeps the format version (u32).</summary>
    public const int VersionOffset = 8;

    private const int SectionCountOffset = 12;
    private const int LengthOffset = 16;
    private const int CountsOffset = 24;
    private const int ChecksumOffset = 48;

    /// <summary>The first eight bytes of every snapshot: <c>CHIPCCG</c> and a zero byte.</summary>
    public static ReadOnlySpan<byte> Magic => "CHIPCCG\0"u8;

    /// <summary>Every section a version 4 snapshot has, each exactly once.</summary>
    public static IReadOnlyList<SnapshotSection> Sections { get; } = Enum.GetValues<SnapshotSection>();

    /// <summary>Rounds an offset up to the next multiple of 8.</summary>
    public static long Align(long offset) => (offset + 7) & ~7L;

    /// <summary>The size of one element of a section: 1 (u8), 4 (i32) or 8 (f64).</summary>
    public static int ElementSize(SnapshotSection section) => section switch
    {
        SnapshotSection.StringBytes or SnapshotSection.Metadata or SnapshotSection.NodeFlags or SnapshotSection.Candidate => 1,
        SnapshotSection.NodeCapacity or SnapshotSection.NodeFailureProbability or SnapshotSection.LinkShare or SnapshotSection.NodeIdSlots
            or SnapshotSection.LinkExtraCapacity or SnapshotSection.EntryShare
            or SnapshotSection.NodeRecoveryWeeks or SnapshotSection.LinkExtraInventoryWeeks => 8,
        _ => 4,
    };

    /// <summary>The number of elements a section must have, or -1 when its length is free (strings, metadata, tags).</summary>
    public static long ElementCount(SnapshotSection section, SnapshotCounts counts) => section switch
    {
        SnapshotSection.StringOffsets => counts.Strings + 1L,
        SnapshotSection.StringBytes or SnapshotSection.Metadata or SnapshotSection.NodeTags => -1,
        SnapshotSection.NodeTagStart or SnapshotSection.ItemStart => counts.Nodes + 1L,
        SnapshotSection.NodeIdSlots => IdSlots(counts.Nodes),
        >= SnapshotSection.NodeId and <= SnapshotSection.NodeRecoveryWeeks => counts.Nodes,
        SnapshotSection.Candidate => counts.Nodes,
        SnapshotSection.LinkItem or SnapshotSection.LinkShare => counts.Links,
        >= SnapshotSection.LinkExtra and <= SnapshotSection.LinkExtraInventoryWeeks => counts.Extras,
        SnapshotSection.ItemOwner or SnapshotSection.ItemName => counts.Items,
        SnapshotSection.EntryStart => counts.Items + 1L,
        _ => counts.Links,
    };

    /// <summary>
    /// Whether a node column may be stored empty (length 0), meaning that no node has the field: generated and
    /// machine-made graphs leave most of them unset, and an empty section is nothing to read or check. Since version 4.
    /// </summary>
    public static bool MayBeEmpty(SnapshotSection section) => section is SnapshotSection.NodeName or SnapshotSection.NodeKind
        or SnapshotSection.NodeCountry or SnapshotSection.NodeUnit or SnapshotSection.NodeCapacity or SnapshotSection.NodeFailureProbability
        or SnapshotSection.NodeTagStart or SnapshotSection.NodeAttributes or SnapshotSection.NodeUnknown or SnapshotSection.NodeRecoveryWeeks;

    /// <summary>The number of slots of the stored id table for <paramref name="nodes"/> nodes: a power of two, at least twice the nodes and 16.</summary>
    public static long IdSlots(int nodes) => nodes < 0 ? -1 : Json.PackedIdTable.SlotCount(nodes);

    /// <summary>The checksum of a section's bytes (XXH3, 64 bits, seed 0).</summary>
    public static ulong Checksum(ReadOnlySpan<byte> bytes) => XxHash3.HashToUInt64(bytes);

    /// <summary>Writes the header (its checksum is written by <see cref="WriteTableChecksum"/>).</summary>
    public static void WriteHeader(Span<byte> header, int sections, long length, SnapshotCounts counts)
    {
        header[..HeaderSize].Clear();
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[VersionOffset..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[SectionCountOffset..], sections);
        BinaryPrimitives.WriteInt64LittleEndian(header[LengthOffset..], length);
        BinaryPrimitives.WriteInt32LittleEndian(header[CountsOffset..], counts.Nodes);
        BinaryPrimitives.WriteInt32LittleEndian(header[(CountsOffset + 4)..], counts.Links);
        BinaryPrimitives.WriteInt32LittleEndian(header[(CountsOffset + 8)..], counts.Items);
        BinaryPrimitives.WriteInt32LittleEndian(header[(CountsOffset + 12)..], counts.Strings);
        BinaryPrimitives.WriteInt32LittleEndian(header[(CountsOffset + 16)..], counts.Extras);
    }

    /// <summary>The XXH3 hash of the header, its checksum field taken as zero, and the section table that follows it.</summary>
    public static ulong TableChecksum(ReadOnlySpan<byte> header, ReadOnlySpan<byte> table)
    {
        Span<byte> zeroed = stackalloc byte[HeaderSize];
        header[..HeaderSize].CopyTo(zeroed);
        zeroed.Slice(ChecksumOffset, 8).Clear();
        var hash = new XxHash3();
        hash.Append(zeroed);
        hash.Append(table);
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>Writes the checksum of the header and table into the header.</summary>
    public static void WriteTableChecksum(Span<byte> header, ReadOnlySpan<byte> table) =>
        BinaryPrimitives.WriteUInt64LittleEndian(header[ChecksumOffset..], TableChecksum(header, table));

    /// <summary>The checksum of the header and table that the header states.</summary>
    public static ulong StoredTableChecksum(ReadOnlySpan<byte> header) => BinaryPrimitives.ReadUInt64LittleEndian(header[ChecksumOffset..]);

    /// <summary>The section count the header states.</summary>
    public static int SectionCount(ReadOnlySpan<byte> header) => BinaryPrimitives.ReadInt32LittleEndian(header[SectionCountOffset..]);

    /// <summary>The file length the header states.</summary>
    public static long Length(ReadOnlySpan<byte> header) => BinaryPrimitives.ReadInt64LittleEndian(header[LengthOffset..]);

    /// <summary>The counts the header states.</summary>
    public static SnapshotCounts Counts(ReadOnlySpan<byte> header) => new(
        BinaryPrimitives.ReadInt32LittleEndian(header[CountsOffset..]),
        BinaryPrimitives.ReadInt32LittleEndian(header[(CountsOffset + 4)..]),
        BinaryPrimitives.ReadInt32LittleEndian(header[(CountsOffset + 8)..]),
        BinaryPrimitives.ReadInt32LittleEndian(header[(CountsOffset + 12)..]),
        BinaryPrimitives.ReadInt32LittleEndian(header[(CountsOffset + 16)..]));

    /// <summary>Writes one section table entry.</summary>
    public static void WriteEntry(Span<byte> entry, SnapshotSection section, long offset, long length, ulong checksum)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(entry, (uint)section);
        BinaryPrimitives.WriteInt32LittleEndian(entry[4..], ElementSize(section));
        BinaryPrimitives.WriteInt64LittleEndian(entry[8..], offset);
        BinaryPrimitives.WriteInt64LittleEndian(entry[16..], length);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[24..], checksum);
    }

    /// <summary>Reads one section table entry.</summary>
    public static (uint Id, int ElementSize, SnapshotExtent Extent) ReadEntry(ReadOnlySpan<byte> entry) => (
        BinaryPrimitives.ReadUInt32LittleEndian(entry),
        BinaryPrimitives.ReadInt32LittleEndian(entry[4..]),
        new SnapshotExtent(
            BinaryPrimitives.ReadInt64LittleEndian(entry[8..]),
            BinaryPrimitives.ReadInt64LittleEndian(entry[16..]),
            BinaryPrimitives.ReadUInt64LittleEndian(entry[24..])));
}
