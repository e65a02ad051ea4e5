using System.IO.Hashing;
using System.Runtime.InteropServices;
using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>
/// Writes a graph as a snapshot (docs/format.md): string table, metadata, node columns, link columns and
/// the graph's topology arrays as they are, each section with its own checksum. Link ends are not written: the
/// topology's entries hold them.
/// </summary>
internal static class SnapshotWriter
{
    private delegate ReadOnlySpan<byte> SectionBytes();

    public static void Write(SupplyGraph graph, Stream stream)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Snapshots are written on little-endian machines only.");
        }

        var strings = new SnapshotStrings();
        var sections = new List<(SnapshotSection Id, SectionBytes Data)>();
        void Add(SnapshotSection id, SectionBytes data) => sections.Add((id, data));

        var n = graph.NodeCount;
        var id = new int[n];
        var name = new int[n];
        var kind = new int[n];
        var country = new int[n];
        var unit = new int[n];
        var flags = new byte[n];
        var capacity = new double[n];
        var probability = new double[n];
        var recovery = new double[n];
        var tagStart = new int[n + 1];
        var tags = new List<int>();
        var attributes = new int[n];
        var unknown = new int[n];
        // The ids come first in the string table, in node order, so a reader looking at them goes through it front to back.
        for (var i = 0; i < n; i++)
        {
            id[i] = strings.Add(graph[i].Id);
        }

        for (var i = 0; i < n; i++)
        {
            var node = graph[i];
            name[i] = strings.Add(node.Name);
            kind[i] = strings.Add(node.Kind);
            country[i] = strings.Add(node.Country);
            unit[i] = strings.Add(node.Unit);
            flags[i] = SnapshotFlags.Of(node);
            capacity[i] = node.Capacity ?? double.NaN;
            probability[i] = node.FailureProbability ?? double.NaN;
            recovery[i] = node.RecoveryWeeks ?? double.NaN;
            foreach (var tag in node.Tags)
            {
                tags.Add(strings.Add(tag));
            }

            tagStart[i + 1] = tags.Count;
            attributes[i] = strings.Add(SnapshotJson.Bag(node.Attributes));
            unknown[i] = strings.Add(SnapshotJson.Bag(node.UnknownProperties));
        }

        // Read from the columns: a loaded graph's ordinary links (nearly all of them) are never made as objects here.
        var links = graph.LinkColumns;
        var m = links.Count;
        var (linkItem, linkShare) = (links.Item, links.Share);
        var item = new int[m];
        var share = new double[m];
        var extra = new List<int>();
        var more = new List<Link>();
        for (var l = 0; l < m; l++)
        {
            item[l] = strings.Add(linkItem[l]);
            share[l] = linkShare[l];
            if (!links.IsPlain(l) && links.Read(l) is var link
                && (link.Capacity is not null || link.Note is not null || link.Source is not null || link.InventoryWeeks is not null || link.UnknownProperties.Count > 0))
            {
                extra.Add(l);
                more.Add(link);
            }
        }

        var extraCapacity = more.Select(link => link.Capacity ?? double.NaN).ToArray();
        var extraNote = more.Select(link => strings.Add(link.Note)).ToArray();
        var extraSource = more.Select(link => strings.Add(link.Source)).ToArray();
        var extraInventory = more.Select(link => link.InventoryWeeks ?? double.NaN).ToArray();
        var extraUnknown = more.Select(link => strings.Add(SnapshotJson.Bag(link.UnknownProperties))).ToArray();

        var topology = graph.Topology;
        var itemName = new int[topology.ItemCount];
        for (var i = 0; i < itemName.Length; i++)
        {
            itemName[i] = strings.Add(topology.ItemName(i));
        }

        var candidate = new byte[n];
        for (var i = 0; i < n; i++)
        {
            candidate[i] = topology.IsCandidate(i) ? (byte)1 : (byte)0;
        }

        var metadata = SnapshotJson.Metadata(graph.Metadata);
        var (offsets, bytes) = strings.Encode();
        var idTable = new Json.PackedIdTable(bytes, offsets, id, out var duplicate);
        if (duplicate >= 0)
        {
            throw new InvalidOperationException($"Two nodes have the id '{graph[duplicate].Id}'.");
        }

        var idSlots = idTable.Slots.ToArray();
        var tagArray = tags.ToArray();
        var extraArray = extra.ToArray();

        Add(SnapshotSection.StringOffsets, () => Bytes(offsets));
        Add(SnapshotSection.StringBytes, () => bytes);
        Add(SnapshotSection.Metadata, () => metadata);
        Add(SnapshotSection.NodeId, () => Bytes(id));
        Add(SnapshotSection.NodeName, () => Optional(name));
        Add(SnapshotSection.NodeKind, () => Optional(kind));
        Add(SnapshotSection.NodeCountry, () => Optional(country));
        Add(SnapshotSection.NodeUnit, () => Optional(unit));
        Add(SnapshotSection.NodeFlags, () => flags);
        Add(SnapshotSection.NodeCapacity, () => Optional(capacity));
        Add(SnapshotSection.NodeFailureProbability, () => Optional(probability));
        Add(SnapshotSection.NodeTagStart, () => tagArray.Length == 0 ? [] : Bytes(tagStart));
        Add(SnapshotSection.NodeTags, () => Bytes(tagArray));
        Add(SnapshotSection.NodeAttributes, () => Optional(attributes));
        Add(SnapshotSection.NodeUnknown, () => Optional(unknown));
        Add(SnapshotSection.NodeRecoveryWeeks, () => Optional(recovery));
        Add(SnapshotSection.NodeIdSlots, () => MemoryMarshal.AsBytes(idSlots.AsSpan()));
        Add(SnapshotSection.LinkItem, () => Bytes(item));
        Add(SnapshotSection.LinkShare, () => Bytes(share));
        Add(SnapshotSection.LinkExtra, () => Bytes(extraArray));
        Add(SnapshotSection.LinkExtraCapacity, () => Bytes(extraCapacity));
        Add(SnapshotSection.LinkExtraNote, () => Bytes(extraNote));
        Add(SnapshotSection.LinkExtraSource, () => Bytes(extraSource));
        Add(SnapshotSection.LinkExtraUnknown, () => Bytes(extraUnknown));
        Add(SnapshotSection.LinkExtraInventoryWeeks, () => Bytes(extraInventory));
        Add(SnapshotSection.ItemStart, () => MemoryMarshal.AsBytes(topology.ItemStart));
        Add(SnapshotSection.ItemOwner, () => MemoryMarshal.AsBytes(topology.ItemOwner));
        Add(SnapshotSection.ItemName, () => Bytes(itemName));
        Add(SnapshotSection.EntryStart, () => MemoryMarshal.AsBytes(topology.EntryStart));
        Add(SnapshotSection.EntrySupplier, () => MemoryMarshal.AsBytes(topology.EntrySupplier));
        Add(SnapshotSection.EntryLink, () => MemoryMarshal.AsBytes(topology.EntryLink));
        Add(SnapshotSection.EntryShare, () => MemoryMarshal.AsBytes(topology.EntryShare));
        Add(SnapshotSection.Candidate, () => candidate);

        var counts = new SnapshotCounts(n, m, topology.ItemCount, strings.Count, extraArray.Length);
        Emit(stream, sections, counts);
    }

    private static void Emit(Stream stream, List<(SnapshotSection Id, SectionBytes Data)> sections, SnapshotCounts counts)
    {
        var header = new byte[SnapshotLayout.HeaderSize];
        var table = new byte[sections.Count * SnapshotLayout.EntrySize];
        var offset = SnapshotLayout.Align(header.Length + table.Length);
        var end = offset;
        for (var s = 0; s < sections.Count; s++)
        {
            var data = sections[s].Data();
            SnapshotLayout.WriteEntry(table.AsSpan(s * SnapshotLayout.EntrySize), sections[s].Id, offset, data.Length, SnapshotLayout.Checksum(data));
            end = offset + data.Length;
            offset = SnapshotLayout.Align(end);
        }

        SnapshotLayout.WriteHeader(header, sections.Count, end, counts);
        SnapshotLayout.WriteTableChecksum(header, table);
        stream.Write(header);
        stream.Write(table);
        var written = (long)header.Length + table.Length;
        Span<byte> zeros = stackalloc byte[8];
        zeros.Clear();
        foreach (var (_, data) in sections)
        {
            stream.Write(zeros[..(int)(SnapshotLayout.Align(written) - written)]);
            written = SnapshotLayout.Align(written);
            var bytes = data();
            stream.Write(bytes);
            written += bytes.Length;
        }
    }

    /// <summary>A node column of string indices, or nothing when no node has the field (-1 throughout).</summary>
    private static ReadOnlySpan<byte> Optional(int[] values) => values.AsSpan().ContainsAnyExcept(-1) ? Bytes(values) : [];

    /// <summary>A node column of numbers, or nothing when no node has the field (NaN throughout).</summary>
    private static ReadOnlySpan<byte> Optional(double[] values) => values.Any(v => !double.IsNaN(v)) ? Bytes(values) : [];

    private static ReadOnlySpan<byte> Bytes(int[] values) => MemoryMarshal.AsBytes(values.AsSpan());

    private static ReadOnlySpan<byte> Bytes(double[] values) => MemoryMarshal.AsBytes(values.AsSpan());
}
