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
    private const int ChunkLength = 1 << 16;
    private readonly SnapshotFile _snapshot;
    private readonly string _path;
    private readonly string[] _strings;
    private readonly Dictionary<int, IReadOnlyDictionary<string, JsonElement>> _bags = [];

    private SnapshotReader(SnapshotFile snapshot, string path)
    {
        _snapshot = snapshot;
        _path = path;
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
        var (nodes, index) = Nodes();
        var items = CheckLinkColumns();
        var extras = Extras();
        var topology = new SnapshotTopology(_snapshot, nodes).Build(String);
        var links = new SnapshotLinks(_snapshot, _path, items, extras, nodes, topology);
        return new SupplyGraph(metadata, nodes, new LinkColumns(_snapshot.Counts.Links, links.Make), index, topology);
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

    private (Node[] Nodes, Dictionary<string, int> Index) Nodes()
    {
        var n = _snapshot.Counts.Nodes;
        var id = _snapshot.Read<int>(SnapshotSection.NodeId);
        var name = _snapshot.Read<int>(SnapshotSection.NodeName);
        var kind = _snapshot.Read<int>(SnapshotSection.NodeKind);
        var country = _snapshot.Read<int>(SnapshotSection.NodeCountry);
        var unit = _snapshot.Read<int>(SnapshotSection.NodeUnit);
        var flags = _snapshot.Read<byte>(SnapshotSection.NodeFlags);
        var capacity = _snapshot.Read<double>(SnapshotSection.NodeCapacity);
        var probability = _snapshot.Read<double>(SnapshotSection.NodeFailureProbability);
        var tagStart = _snapshot.Read<int>(SnapshotSection.NodeTagStart);
        var tags = _snapshot.Read<int>(SnapshotSection.NodeTags);
        var attributes = _snapshot.Read<int>(SnapshotSection.NodeAttributes);
        var unknown = _snapshot.Read<int>(SnapshotSection.NodeUnknown);
        Check(tagStart[0] == 0 && tagStart[n] == tags.Length, "the tag rows do not cover the tags");
        var nodes = new Node[n];
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var nodeId = String(id[i]);
            Check(!string.IsNullOrWhiteSpace(nodeId), "a node without an id");
            Check(SnapshotFlags.IsValid(flags[i]), "unknown node flags");
            Check(double.IsNaN(capacity[i]) || capacity[i] >= 0, "a negative node capacity");
            Check(double.IsNaN(probability[i]) || probability[i] is >= 0 and <= 1, "a failure probability outside 0..1");
            Check(tagStart[i + 1] >= tagStart[i] && tagStart[i + 1] <= tags.Length, "tag rows go backwards");
            Check(index.TryAdd(nodeId!, i), "two nodes with the same id");
            nodes[i] = new Node(nodeId!)
            {
                Name = String(name[i]),
                Kind = String(kind[i]),
                Country = String(country[i]),
                Unit = String(unit[i]),
                Requires = SnapshotFlags.Requires(flags[i]),
                CanFail = SnapshotFlags.CanFail(flags[i]),
                Capacity = double.IsNaN(capacity[i]) ? null : capacity[i],
                FailureProbability = double.IsNaN(probability[i]) ? null : probability[i],
                Tags = Tags(tags.AsSpan(tagStart[i], tagStart[i + 1] - tagStart[i])),
                Attributes = Bag(attributes[i]),
                UnknownProperties = Bag(unknown[i]),
            };
        }

        return (nodes, index);
    }

    /// <summary>Checks the item and share columns chunk by chunk without keeping them; returns the item strings used.</summary>
    private Dictionary<int, string> CheckLinkColumns()
    {
        var items = new Dictionary<int, string>();
        _snapshot.Scan<int>(SnapshotSection.LinkItem, ChunkLength, (chunk, _) =>
        {
            var last = -1;
            foreach (var item in chunk)
            {
                if (item != last && item >= 0 && !items.ContainsKey(item))
                {
                    items.Add(item, String(item)!);
                }

                Check(item >= -1, "a string index is out of range");
                last = item;
            }
        });
        _snapshot.Scan<double>(SnapshotSection.LinkShare, ChunkLength, (chunk, _) =>
        {
            foreach (var share in chunk)
            {
                Check(double.IsNaN(share) || share is >= 0 and <= 1, "a share outside 0..1");
            }
        });
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
