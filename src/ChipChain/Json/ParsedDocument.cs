using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// What the parser read, before graph-level checks: the distinct nodes with their index (built while reading, so
/// links can reuse the nodes' id strings and indices), the duplicates, and the valid links in columns. Ordinary links
/// are kept only as columns; a link with anything more (note, capacity, source, unknown properties, or an end not
/// known when it was read) is kept whole as well.
/// </summary>
internal sealed class ParsedDocument
{
    private const int InitialLinkCapacity = 1024;
    private int[] _supplier = new int[InitialLinkCapacity];
    private int[] _consumer = new int[InitialLinkCapacity];
    private string?[] _item = new string?[InitialLinkCapacity];
    private double[] _share = new double[InitialLinkCapacity];
    private SourcePosition[] _position = new SourcePosition[InitialLinkCapacity];

    public ParsedDocument() => IdLookup = Index.GetAlternateLookup<ReadOnlySpan<char>>();

    public GraphMetadata Metadata { get; set; } = GraphMetadata.Empty;

    /// <summary>The nodes, first definition of each id only; a node's position here is its index.</summary>
    public List<Node> Nodes { get; } = [];

    /// <summary>Node id to index in <see cref="Nodes"/>.</summary>
    public Dictionary<string, int> Index { get; } = new(StringComparer.Ordinal);

    /// <summary><see cref="Index"/> looked up by characters, so a link's supplier needs no new string.</summary>
    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> IdLookup { get; }

    /// <summary>Nodes whose id was defined before, with their index in the file's node array.</summary>
    public List<(Node Node, int FileIndex)> Duplicates { get; } = [];

    /// <summary>The number of valid links read.</summary>
    public int LinkCount { get; private set; }

    /// <summary>The links kept whole, in link order, with their index among the links and in the file's link array.</summary>
    public List<(int Link, Link Value, int FileIndex)> WholeLinks { get; } = [];

    /// <summary>Each link's supplier index, or -1 when its node was not known yet when the link was read.</summary>
    public Span<int> LinkSupplier => _supplier.AsSpan(0, LinkCount);

    /// <summary>Each link's consumer index, or -1 when its node was not known yet when the link was read.</summary>
    public Span<int> LinkConsumer => _consumer.AsSpan(0, LinkCount);

    public void Add(Node node, int index)
    {
        if (Index.TryAdd(node.Id, Nodes.Count))
        {
            Nodes.Add(node);
        }
        else
        {
            Duplicates.Add((node, index));
        }
    }

    /// <summary>Adds an ordinary link (both ends known nodes, no note, capacity, source or unknown properties).</summary>
    /// <param name="supplier">The supplier's node index.</param>
    /// <param name="consumer">The consumer's node index.</param>
    /// <param name="item">The item, or null.</param>
    /// <param name="share">The share, or NaN for none.</param>
    /// <param name="position">Where the link starts in the file.</param>
    public void Add(int supplier, int consumer, string? item, double share, SourcePosition position)
    {
        var l = LinkCount;
        if (l == _supplier.Length)
        {
            Grow();
        }

        _supplier[l] = supplier;
        _consumer[l] = consumer;
        _item[l] = item;
        _share[l] = share;
        _position[l] = position;
        LinkCount = l + 1;
    }

    /// <summary>Adds a link kept whole.</summary>
    public void Add(Link link, int index, int supplier, int consumer)
    {
        WholeLinks.Add((LinkCount, link, index));
        Add(supplier, consumer, link.Item, link.Share ?? double.NaN, default);
    }

    /// <summary>The links as graph columns (call once every end is resolved); ordinary links are made on first use.</summary>
    public LinkColumns Columns(Node[] nodes, out int[] supplier, out int[] consumer)
    {
        var count = LinkCount;
        var s = supplier = _supplier[..count];
        var c = consumer = _consumer[..count];
        var item = _item[..count];
        var share = _share[..count];
        var position = _position[..count];
        var whole = WholeLinks.ToDictionary(w => w.Link, w => w.Value);
        _supplier = _consumer = [];
        _item = [];
        _share = [];
        _position = [];
        return new LinkColumns(item, share, l => whole.TryGetValue(l, out var link)
            ? link
            : new Link(nodes[s[l]].Id, nodes[c[l]].Id)
            {
                Item = item[l],
                Share = double.IsNaN(share[l]) ? null : share[l],
                UnknownProperties = ElementParser.EmptyBag,
                Position = position[l],
            });
    }

    private void Grow()
    {
        var size = _supplier.Length * 2;
        Array.Resize(ref _supplier, size);
        Array.Resize(ref _consumer, size);
        Array.Resize(ref _item, size);
        Array.Resize(ref _share, size);
        Array.Resize(ref _position, size);
    }
}
