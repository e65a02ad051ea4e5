using System.Text;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// What the parser read, before graph-level checks: the distinct nodes in columns with their id table (built while
/// reading, so link ends are looked up by their bytes), the duplicates, and the valid links in columns. Ordinary links
/// are kept only as columns; a link with anything more (note, capacity, source, unknown properties, or an end not
/// known when it was read) is kept whole as well.
/// </summary>
internal sealed class ParsedDocument
{
    private readonly List<LinkChunk> _chunks = [new()];
    private int[] _supplier = [];
    private int[] _consumer = [];
    private string?[] _item = [];
    private double[] _share = [];
    private SourcePosition[] _position = [];

    /// <summary>An empty document.</summary>
    public ParsedDocument() => Nodes = new NodeColumns(Ids.KeyOf);

    public GraphMetadata Metadata { get; set; } = GraphMetadata.Empty;

    /// <summary>The nodes, first definition of each id only; a node's position here is its index.</summary>
    public NodeColumns Nodes { get; }

    /// <summary>Node id (UTF-8) to index in <see cref="Nodes"/>, so a link's ends are looked up without decoding.</summary>
    public NodeIdTable Ids { get; } = new();

    /// <summary>Nodes whose id was defined before, with their index in the file's node array.</summary>
    public List<(Node Node, int FileIndex)> Duplicates { get; } = [];

    /// <summary>
    /// Where a duplicate node's id value starts, by JSON path, so its message points at the value rather than the
    /// element's opening brace. Filled for duplicates only: every node's would cost memory on large files for nothing.
    /// </summary>
    public Dictionary<string, SourcePosition> ValuePositions { get; } = new(StringComparer.Ordinal);

    /// <summary>The number of valid links read (after <see cref="MergeLinks"/>).</summary>
    public int LinkCount { get; private set; }

    /// <summary>The links kept whole, in link order, with their index among the links and in the file's link array (after <see cref="MergeLinks"/>).</summary>
    public List<(int Link, Link Value, int FileIndex, SourcePosition SupplierAt, SourcePosition ConsumerAt)> WholeLinks { get; } = [];

    /// <summary>Each link's supplier index, or -1 when its node was not known yet when the link was read.</summary>
    public Span<int> LinkSupplier => _supplier.AsSpan(0, LinkCount);

    /// <summary>Each link's consumer index, or -1 when its node was not known yet when the link was read.</summary>
    public Span<int> LinkConsumer => _consumer.AsSpan(0, LinkCount);

    /// <summary>Where links read one at a time go (the last chunk, so file order is kept).</summary>
    public LinkChunk Links => _chunks[^1];

    /// <summary>Appends links read in parallel, in file order, after those read so far.</summary>
    public void AddChunks(IEnumerable<LinkChunk> chunks)
    {
        _chunks.AddRange(chunks);
        _chunks.Add(new LinkChunk());
    }

    /// <summary>
    /// Concatenates the chunks into single columns (once, after reading). When the links were read in parallel, the
    /// chunks' windows of one set of columns are closed up in place, and those columns are the result.
    /// </summary>
    public void MergeLinks()
    {
        var total = 0;
        LinkArrays? window = null;
        var oneWindow = true;
        foreach (var chunk in _chunks.Where(c => c.Count > 0))
        {
            total += chunk.Count;
            window ??= chunk.Window;
            oneWindow &= chunk.Window is not null && chunk.Window == window;
        }

        if (!oneWindow || window is null)
        {
            window = new LinkArrays(total);
            var at = 0;
            foreach (var chunk in _chunks)
            {
                chunk.CopyTo(at, window.Supplier, window.Consumer, window.Item, window.Share, window.Position);
                at += chunk.Count;
            }
        }
        else
        {
            var at = 0;
            foreach (var chunk in _chunks.Where(c => c.Count > 0))
            {
                window.Move(chunk.Base, at, chunk.Count);
                at += chunk.Count;
            }

            window.Truncate(total);
        }

        var first = 0;
        foreach (var chunk in _chunks)
        {
            foreach (var (link, value, fileIndex, supplierAt, consumerAt) in chunk.WholeLinks)
            {
                WholeLinks.Add((first + link, value, chunk.FileIndexBase + fileIndex, supplierAt, consumerAt));
            }

            first += chunk.Count;
        }

        (_supplier, _consumer, _item, _share, _position) = (window.Supplier, window.Consumer, window.Item, window.Share, window.Position);
        LinkCount = total;
        _chunks.Clear();
    }

    /// <summary>Adds a node read token by token.</summary>
    /// <returns>Whether the id was new (false for a duplicate).</returns>
    public bool Add(Node node, int index)
    {
        if (Ids.Add(Encoding.UTF8.GetBytes(node.Id)) < 0)
        {
            Nodes.Add(node);
            return true;
        }

        Duplicates.Add((node, index));
        return false;
    }

    /// <summary>Adds an ordinary node whose id's UTF-8 bytes the caller has at hand.</summary>
    /// <returns>Whether the id was new (false for a duplicate).</returns>
    public bool Add(in NodeFields node, int index, ReadOnlySpan<byte> id)
    {
        if (Ids.Add(id) < 0)
        {
            Nodes.Add(node);
            return true;
        }

        Duplicates.Add((node.ToNode(Encoding.UTF8.GetString(id)), index));
        return false;
    }

    /// <summary>The JSON path of field <paramref name="field"/> of element <paramref name="index"/> of <paramref name="array"/>.</summary>
    public static string ValuePath(string array, int index, string field) => new ElementPath(array, index).Of(field);

    /// <summary>The index of the node with id <paramref name="id"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> id)
    {
        var length = Encoding.UTF8.GetMaxByteCount(id.Length);
        var bytes = length <= 512 ? stackalloc byte[length] : new byte[length];
        return Ids.IndexOf(bytes[..Encoding.UTF8.GetBytes(id, bytes)]);
    }

    /// <summary>The links as graph columns (call once every end is resolved); ordinary links are made on first use.</summary>
    public LinkColumns Columns(out int[] supplier, out int[] consumer)
    {
        var s = supplier = _supplier;
        var c = consumer = _consumer;
        var item = _item;
        var share = _share;
        var position = _position;
        var whole = WholeLinks.ToDictionary(w => w.Link, w => w.Value);
        var nodes = Nodes;
        _supplier = _consumer = [];
        _item = [];
        _share = [];
        _position = [];
        return new LinkColumns(item, share, l => whole.TryGetValue(l, out var link)
            ? link
            : new Link(nodes.IdOf(s[l]), nodes.IdOf(c[l]))
            {
                Item = item[l],
                Share = double.IsNaN(share[l]) ? null : share[l],
                UnknownProperties = ElementParser.EmptyBag,
                Position = position[l],
            },
            l => !whole.ContainsKey(l));
    }
}
