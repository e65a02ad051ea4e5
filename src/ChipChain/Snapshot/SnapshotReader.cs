using System.Text;
using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>
/// Makes a <see cref="SupplyGraph"/> from a snapshot: the topology arrays are used as read, nodes are made one per
/// node, and links only on first use. Every index is checked before use, so a file whose checksums match but whose
/// content is inconsistent is refused, never half-used.
/// </summary>
internal sealed class SnapshotReader
{
    private const int ChunkLength = SnapshotColumn<double>.ChunkLength;
    private readonly SnapshotFile _snapshot;
    private readonly string _path;
    private readonly SnapshotTopology _topology;
    private readonly Node[] _nodes;
    private readonly Dictionary<string, int> _index;
    private readonly string[] _strings;
    private readonly Dictionary<int, IReadOnlyDictionary<string, JsonElement>> _bags = [];

    /// <summary>
    /// Reads the large arrays first (topology, then the node table, index and strings), while the heap holds
    /// nothing else: a garbage collection their allocation causes then has nothing to mark or move.
    /// </summary>
    private SnapshotReader(SnapshotFile snapshot, string path)
    {
        _snapshot = snapshot;
        _path = path;
        _topology = new SnapshotTopology(snapshot);
        _nodes = new Node[snapshot.Counts.Nodes];
        _index = new Dictionary<string, int>(snapshot.Counts.Nodes, StringComparer.Ordinal);
        _strings = Strings();
    }

    /// <summary>Opens a snapshot file.</summary>
    /// <exception cref="InvalidSnapshotException">The file is not a valid version 1 snapshot.</exception>
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

    private SupplyGraph Graph()
    {
        var metadata = Metadata();
        Nodes();
        var items = CheckLinkColumns();
        var extras = Extras();
        var topology = _topology.Finish(_nodes, String);
        var links = new SnapshotLinks(_snapshot, _path, items, extras, _nodes, topology);
        return new SupplyGraph(metadata, _nodes, new LinkColumns(_snapshot.Counts.Links, links.Make), _index, topology);
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

    /// <summary>Makes the nodes, reading their columns in small chunks.</summary>
    private void Nodes()
    {
        var n = _snapshot.Counts.Nodes;
        var id = new SnapshotColumn<int>(_snapshot, SnapshotSection.NodeId);
        var name = new SnapshotColumn<int>(_snapshot, SnapshotSection.NodeName);
        var kind = new SnapshotColumn<int>(_snapshot, SnapshotSection.NodeKind);
        var country = new SnapshotColumn<int>(_snapshot, SnapshotSection.NodeCountry);
        var unit = new SnapshotColumn<int>(_snapshot, SnapshotSection.NodeUnit);
        var flags = new SnapshotColumn<byte>(_snapshot, SnapshotSection.NodeFlags);
        var capacity = new SnapshotColumn<double>(_snapshot, SnapshotSection.NodeCapacity);
        var probability = new SnapshotColumn<double>(_snapshot, SnapshotSection.NodeFailureProbability);
        var tagEnd = new SnapshotColumn<int>(_snapshot, SnapshotSection.NodeTagStart);
        var attributes = new SnapshotColumn<int>(_snapshot, SnapshotSection.NodeAttributes);
        var unknown = new SnapshotColumn<int>(_snapshot, SnapshotSection.NodeUnknown);
        var tags = _snapshot.Read<int>(SnapshotSection.NodeTags);
        var tagStart = tagEnd.Next(1)[0];
        Check(tagStart == 0, "the tag rows do not start at 0");
        for (var start = 0; start < n; start += ChunkLength)
        {
            var count = Math.Min(ChunkLength, n - start);
            var ids = id.Next(count);
            var names = name.Next(count);
            var kinds = kind.Next(count);
            var countries = country.Next(count);
            var units = unit.Next(count);
            var flag = flags.Next(count);
            var capacities = capacity.Next(count);
            var probabilities = probability.Next(count);
            var ends = tagEnd.Next(count);
            var attribute = attributes.Next(count);
            var unknowns = unknown.Next(count);
            for (var j = 0; j < count; j++)
            {
                var i = start + j;
                var nodeId = String(ids[j]);
                Check(!string.IsNullOrWhiteSpace(nodeId), "a node without an id");
                Check(SnapshotFlags.IsValid(flag[j]), "unknown node flags");
                Check(double.IsNaN(capacities[j]) || capacities[j] >= 0, "a negative node capacity");
                Check(double.IsNaN(probabilities[j]) || probabilities[j] is >= 0 and <= 1, "a failure probability outside 0..1");
                Check(ends[j] >= tagStart && ends[j] <= tags.Length, "tag rows go backwards or past the tags");
                Check(_index.TryAdd(nodeId!, i), "two nodes with the same id");
                _nodes[i] = new Node(nodeId!)
                {
                    Name = String(names[j]),
                    Kind = String(kinds[j]),
                    Country = String(countries[j]),
                    Unit = String(units[j]),
                    Requires = SnapshotFlags.Requires(flag[j]),
                    CanFail = SnapshotFlags.CanFail(flag[j]),
                    Capacity = double.IsNaN(capacities[j]) ? null : capacities[j],
                    FailureProbability = double.IsNaN(probabilities[j]) ? null : probabilities[j],
                    Tags = Tags(tags.AsSpan(tagStart, ends[j] - tagStart)),
                    Attributes = Bag(attribute[j]),
                    UnknownProperties = Bag(unknowns[j]),
                };
                tagStart = ends[j];
            }
        }

        Check(tagStart == tags.Length, "the tag rows do not cover the tags");
        id.Verify();
        name.Verify();
        kind.Verify();
        country.Verify();
        unit.Verify();
        flags.Verify();
        capacity.Verify();
        probability.Verify();
        tagEnd.Verify();
        attributes.Verify();
        unknown.Verify();
    }

    /// <summary>Checks the item and share columns chunk by chunk without keeping them; returns the item strings used.</summary>
    private Dictionary<int, string> CheckLinkColumns()
    {
        var m = _snapshot.Counts.Links;
        var items = new Dictionary<int, string>();
        var item = new SnapshotColumn<int>(_snapshot, SnapshotSection.LinkItem);
        var share = new SnapshotColumn<double>(_snapshot, SnapshotSection.LinkShare);
        var last = -1;
        for (var start = 0; start < m; start += ChunkLength)
        {
            var count = Math.Min(ChunkLength, m - start);
            foreach (var i in item.Next(count))
            {
                if (i != last && i != -1 && !items.ContainsKey(i))
                {
                    items.Add(i, String(i)!);
                }

                last = i;
            }

            foreach (var s in share.Next(count))
            {
                Check(double.IsNaN(s) || s is >= 0 and <= 1, "a share outside 0..1");
            }
        }

        item.Verify();
        share.Verify();
        return items;
    }

    private Dictionary<int, SnapshotLinkExtras> Extras()
    {
        var link = _snapshot.Read<int>(SnapshotSection.LinkExtra);
        var capacity = _snapshot.Read<double>(SnapshotSection.LinkExtraCapacity);
        var note = _snapshot.Read<int>(SnapshotSection.LinkExtraNote);
        var source = _snapshot.Read<int>(SnapshotSection.LinkExtraSource);
        var unknown = _snapshot.Read<int>(SnapshotSection.LinkExtraUnknown);
        var extras = new Dictionary<int, SnapshotLinkExtras>(link.Length);
        for (var k = 0; k < link.Length; k++)
        {
            Check((uint)link[k] < (uint)_snapshot.Counts.Links && (k == 0 || link[k] > link[k - 1]), "the links with more fields are out of range or order");
            Check(double.IsNaN(capacity[k]) || capacity[k] >= 0, "a negative link capacity");
            extras.Add(link[k], new SnapshotLinkExtras(double.IsNaN(capacity[k]) ? null : capacity[k], String(note[k]), String(source[k]), Bag(unknown[k])));
        }

        return extras;
    }

    private string[] Tags(ReadOnlySpan<int> tags)
    {
        if (tags.IsEmpty)
        {
            return [];
        }

        var result = new string[tags.Length];
        for (var t = 0; t < tags.Length; t++)
        {
            result[t] = String(tags[t]) ?? throw Corrupt("a tag without text");
        }

        return result;
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
        if (index == -1)
        {
            return null;
        }

        Check((uint)index < (uint)_strings.Length, "a string index is out of range");
        return _strings[index];
    }

    private void Check(bool ok, string detail)
    {
        if (!ok)
        {
            throw Corrupt(detail);
        }
    }

    private InvalidSnapshotException Corrupt(string detail) => SnapshotErrors.Corrupt(_snapshot.File, detail);

    private string[] Strings()
    {
        var offsets = _snapshot.Read<int>(SnapshotSection.StringOffsets);
        var bytes = _snapshot.Read<byte>(SnapshotSection.StringBytes);
        Check(offsets[0] == 0 && offsets[^1] == bytes.Length, "the string offsets do not cover the string bytes");
        var strings = new string[offsets.Length - 1];
        for (var s = 0; s < strings.Length; s++)
        {
            Check(offsets[s + 1] >= offsets[s] && offsets[s + 1] <= bytes.Length, "string offsets go backwards or past the string bytes");
            strings[s] = Encoding.UTF8.GetString(bytes, offsets[s], offsets[s + 1] - offsets[s]);
        }

        return strings;
    }
}
