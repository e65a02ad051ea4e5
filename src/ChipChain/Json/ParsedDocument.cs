using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>What the parser read, before graph-level checks: the valid elements and their indices in the file.</summary>
internal sealed class ParsedDocument
{
    public GraphMetadata Metadata { get; set; } = GraphMetadata.Empty;

    public List<Node> Nodes { get; } = [];

    public List<int> NodeIndices { get; } = [];

    public List<Link> Links { get; } = [];

    public List<int> LinkIndices { get; } = [];

    public void Add(Node node, int index)
    {
        Nodes.Add(node);
        NodeIndices.Add(index);
    }

    public void Add(Link link, int index)
    {
        Links.Add(link);
        LinkIndices.Add(index);
    }
}
