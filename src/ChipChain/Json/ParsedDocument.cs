using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// What the parser read, before graph-level checks: the distinct nodes with their index (built while reading, so
/// links can reuse the nodes' id strings and indices), the duplicates, and the valid links with their file indices.
/// </summary>
internal sealed class ParsedDocument
{
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

    public List<Link> Links { get; } = [];

    public List<int> LinkIndices { get; } = [];

    /// <summary>Each link's supplier index, or -1 when its node was not known yet when the link was read.</summary>
    public List<int> LinkSupplier { get; } = [];

    /// <summary>Each link's consumer index, or -1 when its node was not known yet when the link was read.</summary>
    public List<int> LinkConsumer { get; } = [];

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

    public void Add(Link link, int index, int supplier, int consumer)
    {
        Links.Add(link);
        LinkIndices.Add(index);
        LinkSupplier.Add(supplier);
        LinkConsumer.Add(consumer);
    }
}
