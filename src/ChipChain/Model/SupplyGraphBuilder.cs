namespace ChipChain.Model;

/// <summary>Collects nodes and links and builds an immutable <see cref="SupplyGraph"/>, rejecting bad graphs.</summary>
public sealed class SupplyGraphBuilder
{
    private readonly List<Node> _nodes = [];
    private readonly List<Link> _links = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>The metadata the built graph carries.</summary>
    public GraphMetadata Metadata { get; set; } = GraphMetadata.Empty;

    /// <summary>The number of nodes added so far.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>Adds a node.</summary>
    /// <param name="node">The node.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    /// <exception cref="SupplyGraphException">A node with the same id was added before.</exception>
    public SupplyGraphBuilder AddNode(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!_index.TryAdd(node.Id, _nodes.Count))
        {
            throw new DuplicateNodeException(node.Id);
        }

        _nodes.Add(node);
        return this;
    }

    /// <summary>Adds a link. Its node ids are checked by <see cref="Build"/>, so nodes may be added in any order.</summary>
    /// <param name="link">The link.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="link"/> is null.</exception>
    public SupplyGraphBuilder AddLink(Link link)
    {
        ArgumentNullException.ThrowIfNull(link);
        _links.Add(link);
        return this;
    }

    /// <summary>Whether a node with this id has been added.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> if added.</returns>
    public bool ContainsNode(string id) => _index.ContainsKey(id);

    /// <summary>Builds the graph.</summary>
    /// <returns>The immutable graph.</returns>
    /// <exception cref="SupplyGraphException">A link names a node that was not added.</exception>
    public SupplyGraph Build()
    {
        foreach (var link in _links)
        {
            if (!_index.ContainsKey(link.Supplier))
            {
                throw new UnknownNodeException(link.Supplier);
            }

            if (!_index.ContainsKey(link.Consumer))
            {
                throw new UnknownNodeException(link.Consumer);
            }
        }

        return new SupplyGraph(Metadata, [.. _nodes], [.. _links], new Dictionary<string, int>(_index, StringComparer.Ordinal));
    }
}
