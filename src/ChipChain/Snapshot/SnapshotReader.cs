using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ChipChain.Json;
using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>
/// Makes a <see cref="SupplyGraph"/> from a snapshot. Everything is checked on open (checksums, every index, every
/// value's range, ids unique), so a file whose checksums match but whose content is inconsistent is refused, never
/// half-used; but nothing is made per node or per link: the topology arrays are used as read (or, for those not every
/// analysis walks, checked in place and read again on first use), the node columns are kept and each node is made on
/// first use, strings are decoded on first use, and node ids are looked up in a table over their UTF-8 bytes as read.
/// </summary>
internal sealed partial class SnapshotReader
{
    private const int ChunkLength = SnapshotColumn<double>.ChunkLength;
    private readonly SnapshotFile _snapshot;
    private readonly string _path;
    private readonly Dictionary<int, IReadOnlyDictionary<string, JsonElement>> _bags = [];
    private SnapshotStringTable _strings = null!;

    private SnapshotReader(SnapshotFile snapshot, string path)
    {
        _snapshot = snapshot;
        _path = path;
    }

    /// <summary>Opens a snapshot file.</summary>
    /// <exception cref="InvalidSnapshotException">The file is not a valid snapshot of this version.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SupplyGraph Read(string path, string file)
    {
        using var snapshot = SnapshotFile.Open(path, file);
        try
        {
            return new SnapshotReader(snapshot, path).Graph();
        }
        catch (InvalidSnapshotException ex) when (ex.Problem == SnapshotProblem.Corrupt && !snapshot.AllSectionsIntact())
        {
            // A chunk was used before its section's checksum was checked: damage, not a writer's mistake.
            throw SnapshotErrors.ChecksumMismatch(file);
        }
    }

    /// <summary>
    /// Reads the topology arrays and checks them on another core while this one reads the strings, the node columns,
    /// the id table and the link columns (the halves read about as many bytes). The other core then checks the topology
    /// against the node columns as soon as they are read (long before the id table and the link columns are), so that
    /// check does not wait for both halves to end. When both find a problem, the topology's is reported, so the message
    /// does not depend on timing.
    /// </summary>
    private SupplyGraph Graph()
    {
        // Null when this half failed before the node columns were read: the other half then stops without them.
        var nodesRead = new TaskCompletionSource<SnapshotNodes?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Task.Run(() =>
        {
            var arrays = new SnapshotTopology(_snapshot, _path);
            return nodesRead.Task.GetAwaiter().GetResult() is { } read ? arrays.Finish(read.Flags, read.Kind, _strings) : null;
        });
        GraphMetadata metadata;
        SnapshotNodes nodes;
        PackedIdTable ids;
        Dictionary<int, SnapshotLinkExtras> extras;
        try
        {
            _strings = Strings();
            metadata = Metadata();
            nodes = Nodes();
            nodesRead.SetResult(nodes);
            ids = Ids(nodes.Id);
            extras = Extras();
            CheckLinkColumns();
        }
        catch
        {
            // The file must stay open until the other half is done with it; its problem, if any, comes first.
            nodesRead.TrySetResult(null);
            reading.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            if (reading.IsFaulted)
            {
                reading.GetAwaiter().GetResult();
            }

            throw;
        }

        var topology = reading.GetAwaiter().GetResult()!;
        var links = new SnapshotLinks(_snapshot, _path, _strings, extras, nodes.IdOf, topology);
        return new SupplyGraph(metadata, new NodeList(nodes.Id.Length, nodes.Make, nodes.KindOf), new LinkColumns(_snapshot.Counts.Links, links.Make), ids, topology);
    }

    private GraphMetadata Metadata()
    {
        try
        {
            return SnapshotJson.ParseMetadata(_snapshot.Read<byte>(SnapshotSection.Metadata));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            throw Corrupt("the metadata is not what a snapshot writes");
        }
    }

    /// <summary>Reads and checks the node columns, keeping those that are not empty for every node.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SnapshotNodes Nodes()
    {
        var n = _snapshot.Counts.Nodes;
        var strings = _strings.Count;
        var id = _snapshot.Read<int>(SnapshotSection.NodeId, block => ColumnChecks.AllBelow(block, strings), "a node without an id");

        var flags = _snapshot.Read<byte>(SnapshotSection.NodeFlags);
        foreach (var f in flags)
        {
            Check(SnapshotFlags.IsValid(f), "unknown node flags");
        }

        var tags = _snapshot.Read<int>(SnapshotSection.NodeTags);
        Check(ColumnChecks.AllBelow(tags, _strings.Count), "a tag without text");

        // Tag rows stored empty mean that no node has a tag.
        var tagStart = _snapshot.Read<int>(SnapshotSection.NodeTagStart);
        Check(tagStart.Length == 0 ? tags.Length == 0 : tagStart[0] == 0 && tagStart[n] == tags.Length, "the tag rows do not cover the tags");
        Check(ColumnChecks.AllRising(tagStart, strictly: false), "tag rows go backwards or past the tags");

        var attributes = TextColumn(SnapshotSection.NodeAttributes);
        var unknown = TextColumn(SnapshotSection.NodeUnknown);
        ParseBags(attributes);
        ParseBags(unknown);
        return new SnapshotNodes(_strings, _bags)
        {
            Id = id,
            Name = TextColumn(SnapshotSection.NodeName),
            Kind = TextColumn(SnapshotSection.NodeKind),
            Country = TextColumn(SnapshotSection.NodeCountry),
            Unit = TextColumn(SnapshotSection.NodeUnit),
            Flags = flags,
            Capacity = NumberColumn(SnapshotSection.NodeCapacity, double.PositiveInfinity, "a negative node capacity"),
            Probability = NumberColumn(SnapshotSection.NodeFailureProbability, 1, "a failure probability outside 0..1"),
            Recovery = WeeksColumn(NumberColumn(SnapshotSection.NodeRecoveryWeeks, Node.MaxWeeks, "recovery weeks outside 1..10000"), 1, "recovery weeks outside 1..10000"),
            TagStart = tags.Length == 0 ? null : tagStart,
            Tags = tags,
            Attributes = attributes,
            Unknown = unknown,
        };
    }

    /// <summary>
    /// The id table the file stores, checked against the ids' bytes as read. Each id must be valid UTF-8 (so that its
    /// text and its bytes name the same node), not blank, and unique. A table that does not match is refused; the ids'
    /// own table is then built only to say whether two ids are the same, the likelier mistake.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PackedIdTable Ids(int[] id)
    {
        // When the ids are the first strings in node order (as the writer puts them), their bytes are one block: it is
        // valid UTF-8 as a whole, and no id starts inside a character, exactly when every id is valid UTF-8 on its own.
        var inOrder = true;
        for (var i = 0; i < id.Length && inOrder; i++)
        {
            inOrder = id[i] == i;
        }

        var wholeValid = inOrder && id.Length > 0 && Utf8.IsValid(_strings.Bytes.AsSpan(0, _strings.Offsets[id.Length]));
        var hashes = GC.AllocateUninitializedArray<uint>(id.Length);
        for (var i = 0; i < id.Length; i++)
        {
            var bytes = _strings.Utf8(id[i]);
            Check(!bytes.IsEmpty && (wholeValid ? (bytes[0] & 0xC0) != 0x80 : Utf8.IsValid(bytes)), "a node id is empty or not UTF-8");

            // Most ids start with a printable ASCII character; only the others are decoded to look for non-blank text.
            Check(bytes[0] is > 0x20 and < 0x7F || !string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(bytes)), "a node without an id");
            hashes[i] = NodeIdTable.Hash(bytes);
        }

        var table = PackedIdTable.Adopt(_strings.Bytes, _strings.Offsets, id, hashes, _snapshot.Read<ulong>(SnapshotSection.NodeIdSlots), out var duplicate);
        if (table is null)
        {
            _ = new PackedIdTable(_strings.Bytes, _strings.Offsets, id, out var first);
            Check(!duplicate && first < 0, "two nodes with the same id");
            throw Corrupt("the id table does not match the node ids");
        }

        return table;
    }

    /// <summary>Checks the item and share columns in place without keeping them.</summary>
    private void CheckLinkColumns()
    {
        var strings = _snapshot.Counts.Strings;
        _snapshot.CheckInPlace<int>(SnapshotSection.LinkItem, block => ColumnChecks.AllIndicesOrNone(block, strings), "a string index is out of range");
        _snapshot.CheckInPlace<double>(SnapshotSection.LinkShare, block => ColumnChecks.AllFractions(block, orNaN: true), "a share outside 0..1");
    }

    private Dictionary<int, SnapshotLinkExtras> Extras()
    {
        var link = _snapshot.Read<int>(SnapshotSection.LinkExtra);
        var capacity = _snapshot.Read<double>(SnapshotSection.LinkExtraCapacity);
        var note = _snapshot.Read<int>(SnapshotSection.LinkExtraNote);
        var source = _snapshot.Read<int>(SnapshotSection.LinkExtraSource);
        var unknown = _snapshot.Read<int>(SnapshotSection.LinkExtraUnknown);
        var inventory = _snapshot.Read<double>(SnapshotSection.LinkExtraInventoryWeeks);
        Check(inventory.Length == link.Length, "the links with more fields are out of range or order");
        var extras = new Dictionary<int, SnapshotLinkExtras>(link.Length);
        for (var k = 0; k < link.Length; k++)
        {
            Check((uint)link[k] < (uint)_snapshot.Counts.Links && (k == 0 || link[k] > link[k - 1]), "the links with more fields are out of range or order");
            Check(double.IsNaN(capacity[k]) || capacity[k] >= 0, "a negative link capacity");
            var weeks = inventory[k];
            Check(double.IsNaN(weeks) || (weeks >= 0 && weeks <= Node.MaxWeeks && weeks == Math.Floor(weeks)), "inventory weeks outside 0..10000 or not whole");
            extras.Add(link[k], new SnapshotLinkExtras(double.IsNaN(capacity[k]) ? null : capacity[k], String(note[k]), String(source[k]), Bag(unknown[k]), double.IsNaN(weeks) ? null : (int)weeks));
        }

        return extras;
    }

    private IReadOnlyDictionary<string, JsonElement> Bag(int text)
    {
        if (String(text) is not { } json)
        {
            return EmptyProperties.Instance;
        }

        if (!_bags.TryGetValue(text, out var bag))
        {
            try
            {
                bag = SnapshotJson.ParseBag(json);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                throw Corrupt("a property bag is not a JSON object");
            }

            _bags.Add(text, bag);
        }

        return bag;
    }

    /// <summary>The string with index <paramref name="index"/>, or null for -1; any other index is corrupt.</summary>
    private string? String(int index)
    {
        Check(_strings.IsValid(index), "a string index is out of range");
        return _strings.Get(index);
    }

    private void Check(bool ok, string detail)
    {
        if (!ok)
        {
            throw Corrupt(detail);
        }
    }

    private InvalidSnapshotException Corrupt(string detail) => SnapshotErrors.Corrupt(_snapshot.File, detail);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SnapshotStringTable Strings()
    {
        var offsets = _snapshot.Read<int>(SnapshotSection.StringOffsets, block => ColumnChecks.AllRising(block, strictly: false), "string offsets go backwards or past the string bytes");
        var bytes = _snapshot.Read<byte>(SnapshotSection.StringBytes);
        Check(offsets[0] == 0 && offsets[^1] == bytes.Length, "the string offsets do not cover the string bytes");

        return new SnapshotStringTable(bytes, offsets);
    }
}
