using System.Text;
using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>
/// Makes a <see cref="SupplyGraph"/> from a checked snapshot's sections: the topology arrays are used as read, nodes
/// are made one per node, and links only on first use. Every index is checked before use, so a file whose checksum
/// matches but whose content is inconsistent is refused, never half-used.
/// </summary>
internal sealed class SnapshotReader
{
    private readonly SnapshotContent _content;
    private readonly string _file;
    private readonly string[] _strings;
    private readonly Dictionary<int, IReadOnlyDictionary<string, JsonElement>> _bags = [];

    private SnapshotReader(SnapshotContent content, string file)
    {
        _content = content;
        _file = file;
        _strings = Strings(content, file);
    }

    /// <summary>Opens a snapshot file.</summary>
    /// <exception cref="InvalidSnapshotException">The file is not a valid version 1 snapshot.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SupplyGraph Read(string path, string file)
    {
        var content = SnapshotFileReader.Read(path, file);
        return new SnapshotReader(content, file).Graph();
    }

    private SupplyGraph Graph()
    {
        var metadata = Metadata();
        var (nodes, index) = Nodes();
        var counts = _content.Counts;
        var supplier = _content.Ints(SnapshotSection.LinkSupplier);
        var consumer = _content.Ints(SnapshotSection.LinkConsumer);
        var item = _content.Ints(SnapshotSection.LinkItem);
        var share = _content.Doubles(SnapshotSection.LinkShare);
        for (var l = 0; l < counts.Links; l++)
        {
            Check((uint)supplier[l] < (uint)counts.Nodes && (uint)consumer[l] < (uint)counts.Nodes, "a link end is out of range");
            Check(supplier[l] != consumer[l], "a link from a node to itself");
            Check(double.IsNaN(share[l]) || share[l] is >= 0 and <= 1, "a share outside 0..1");
            String(item[l]);
        }

        var whole = WholeLinks(nodes, supplier, consumer, item, share);
        var topology = new SnapshotTopology(_content, _file, nodes, supplier, consumer).Build(i => String(i));
        var strings = _strings;
        var links = new LinkColumns(counts.Links, l => whole.TryGetValue(l, out var link)
            ? link
            : new Link(nodes[supplier[l]].Id, nodes[consumer[l]].Id)
            {
                Item = item[l] < 0 ? null : strings[item[l]],
                Share = double.IsNaN(share[l]) ? null : share[l],
            });
        return new SupplyGraph(metadata, nodes, links, index, supplier, consumer, topology);
    }

    private GraphMetadata Metadata()
    {
        try
        {
            return SnapshotJson.ParseMetadata(_content.Bytes(SnapshotSection.Metadata));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            throw SnapshotErrors.Corrupt(_file, "the metadata is not what a snapshot writes");
        }
    }

    private (Node[] Nodes, Dictionary<string, int> Index) Nodes()
    {
        var n = _content.Counts.Nodes;
        var id = _content.Ints(SnapshotSection.NodeId);
        var name = _content.Ints(SnapshotSection.NodeName);
        var kind = _content.Ints(SnapshotSection.NodeKind);
        var country = _content.Ints(SnapshotSection.NodeCountry);
        var unit = _content.Ints(SnapshotSection.NodeUnit);
        var flags = _content.Bytes(SnapshotSection.NodeFlags);
        var capacity = _content.Doubles(SnapshotSection.NodeCapacity);
        var probability = _content.Doubles(SnapshotSection.NodeFailureProbability);
        var tagStart = _content.Ints(SnapshotSection.NodeTagStart);
        var tags = _content.Ints(SnapshotSection.NodeTags);
        var attributes = _content.Ints(SnapshotSection.NodeAttributes);
        var unknown = _content.Ints(SnapshotSection.NodeUnknown);
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

    private Dictionary<int, Link> WholeLinks(Node[] nodes, int[] supplier, int[] consumer, int[] item, double[] share)
    {
        var extra = _content.Ints(SnapshotSection.LinkExtra);
        var capacity = _content.Doubles(SnapshotSection.LinkExtraCapacity);
        var note = _content.Ints(SnapshotSection.LinkExtraNote);
        var source = _content.Ints(SnapshotSection.LinkExtraSource);
        var unknown = _content.Ints(SnapshotSection.LinkExtraUnknown);
        var whole = new Dictionary<int, Link>(extra.Length);
        for (var k = 0; k < extra.Length; k++)
        {
            var l = extra[k];
            Check((uint)l < (uint)supplier.Length && (k == 0 || l > extra[k - 1]), "the links with more fields are out of range or order");
            Check(double.IsNaN(capacity[k]) || capacity[k] >= 0, "a negative link capacity");
            whole.Add(l, new Link(nodes[supplier[l]].Id, nodes[consumer[l]].Id)
            {
                Item = String(item[l]),
                Share = double.IsNaN(share[l]) ? null : share[l],
                Capacity = double.IsNaN(capacity[k]) ? null : capacity[k],
                Note = String(note[k]),
                Source = String(source[k]),
                UnknownProperties = Bag(unknown[k]),
            });
        }

        return whole;
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
            result[t] = String(tags[t]) ?? throw SnapshotErrors.Corrupt(_file, "a tag without text");
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
                throw SnapshotErrors.Corrupt(_file, "a property bag is not a JSON object");
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
            throw SnapshotErrors.Corrupt(_file, detail);
        }
    }

    private static string[] Strings(SnapshotContent content, string file)
    {
        var offsets = content.Ints(SnapshotSection.StringOffsets);
        var bytes = content.Bytes(SnapshotSection.StringBytes);
        if (offsets[0] != 0 || offsets[^1] != bytes.Length)
        {
            throw SnapshotErrors.Corrupt(file, "the string offsets do not cover the string bytes");
        }

        var strings = new string[offsets.Length - 1];
        for (var s = 0; s < strings.Length; s++)
        {
            if (offsets[s + 1] < offsets[s])
            {
                throw SnapshotErrors.Corrupt(file, "string offsets go backwards");
            }

            strings[s] = Encoding.UTF8.GetString(bytes, offsets[s], offsets[s + 1] - offsets[s]);
        }

        return strings;
    }
}
