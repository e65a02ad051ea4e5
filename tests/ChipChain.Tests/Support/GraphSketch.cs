using ChipChain.Model;

namespace ChipChain.Tests.Support;

/// <summary>
/// A terse way to write the small hand-computed graphs of the tests. Nodes keep the order in which they are first
/// named (tests rely on their indices); links add their nodes on first use.
/// </summary>
internal sealed class GraphSketch
{
    private readonly List<Node> _nodes = [];
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);
    private readonly List<Link> _links = [];

    public GraphSketch Node(string id, string? country = null, bool any = false, string? kind = null, bool? canFail = null)
    {
        var node = new Node(id) { Country = country, Requires = any ? Requirement.Any : Requirement.All, Kind = kind, CanFail = canFail };
        if (_indexById.TryGetValue(id, out var at))
        {
            _nodes[at] = node;
        }
        else
        {
            _indexById.Add(id, _nodes.Count);
            _nodes.Add(node);
        }

        return this;
    }

    /// <summary>Plain nodes (requires all, no country, no kind), in this order.</summary>
    public GraphSketch Nodes(params string[] ids)
    {
        foreach (var id in ids)
        {
            Node(id);
        }

        return this;
    }

    public GraphSketch Product(string id, string? country = null) => Node(id, country, kind: NodeKinds.Product);

    public GraphSketch Any(string id) => Node(id, any: true);

    /// <summary>A market node: kind input, requires any, so structure that cannot fail on its own.</summary>
    public GraphSketch Market(string id) => Node(id, any: true, kind: NodeKinds.Input);

    public GraphSketch Link(string supplier, string consumer, string? item = null, double? share = null)
    {
        Ensure(supplier);
        Ensure(consumer);
        _links.Add(new Link(supplier, consumer) { Item = item, Share = share });
        return this;
    }

    public SupplyGraph Build()
    {
        var builder = new SupplyGraphBuilder();
        _nodes.ForEach(n => builder.AddNode(n));
        _links.ForEach(l => builder.AddLink(l));
        return builder.Build();
    }

    private void Ensure(string id)
    {
        if (!_indexById.ContainsKey(id))
        {
            Node(id);
        }
    }
}
