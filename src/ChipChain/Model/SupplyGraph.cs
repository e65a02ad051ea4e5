using System.Text.Json;

namespace ChipChain.Model;

/// <summary>
/// An immutable supply graph: nodes and the supply links between them, with a dense integer index per node and
/// the precomputed item structure in <see cref="Topology"/>. Build one with <see cref="SupplyGraphBuilder"/> or load
/// one with <c>SupplyGraphJson</c>.
/// </summary>
public sealed class SupplyGraph
{
    private readonly NodeList _nodes;
    private readonly LinkColumns _links;
    private readonly NodeIndex _index;
    private readonly Lazy<(int[] Supplier, int[] Consumer)> _linkEnds;
    private readonly Lazy<StronglyConnectedComponents> _components;

    internal SupplyGraph(GraphMetadata metadata, Node[] nodes, Link[] links, Dictionary<string, int> index)
        : this(metadata, nodes, links, index, LinkEnds(links, index, l => l.Supplier), LinkEnds(links, index, l => l.Consumer))
    {
    }

    /// <summary>Creates a graph whose link ends were already resolved to node indices (by the loader or the generator).</summary>
    internal SupplyGraph(GraphMetadata metadata, Node[] nodes, Link[] links, Dictionary<string, int> index, int[] linkSupplier, int[] linkConsumer)
        : this(metadata, nodes, new LinkColumns(links), index, linkSupplier, linkConsumer)
    {
    }

    /// <summary>Creates a graph from links in columns, resolved to node indices (by the loader).</summary>
    internal SupplyGraph(GraphMetadata metadata, Node[] nodes, LinkColumns links, Dictionary<string, int> index, int[] linkSupplier, int[] linkConsumer)
        : this(metadata, nodes, links, NodeIndex.Of(index), linkSupplier, linkConsumer)
    {
    }

    /// <summary>Creates a graph from links in columns, resolved to node indices, with the loader's id index.</summary>
    internal SupplyGraph(GraphMetadata metadata, Node[] nodes, LinkColumns links, NodeIndex index, int[] linkSupplier, int[] linkConsumer)
        : this(metadata, new NodeList(nodes), links, index, linkSupplier, linkConsumer, TopologyBuilder.Build(nodes, links, linkSupplier, linkConsumer))
    {
    }

    /// <summary>Creates a graph from nodes that may be made on first use, links in columns resolved to node indices, and the topology built from them.</summary>
    internal SupplyGraph(GraphMetadata metadata, NodeList nodes, LinkColumns links, NodeIndex index, int[] linkSupplier, int[] linkConsumer, GraphTopology topology)
    {
        Metadata = metadata;
        _nodes = nodes;
        _links = links;
        _index = index;
        _linkEnds = new Lazy<(int[] Supplier, int[] Consumer)>(() => (linkSupplier, linkConsumer));
        Topology = topology;
        _components = new Lazy<StronglyConnectedComponents>(() => new StronglyConnectedComponents(Topology));
    }

    /// <summary>
    /// Creates a graph whose topology was already built (read from a snapshot, where the caller has checked it against
    /// the nodes); each link's ends are taken from its topology entry on first use, and the nodes may be made on first
    /// use too.
    /// </summary>
    internal SupplyGraph(GraphMetadata metadata, NodeList nodes, LinkColumns links, NodeIndex index, GraphTopology topology)
    {
        Metadata = metadata;
        _nodes = nodes;
        _links = links;
        _index = index;
        _linkEnds = new Lazy<(int[] Supplier, int[] Consumer)>(() => LinkEnds(topology));
        Topology = topology;
        _components = new Lazy<StronglyConnectedComponents>(() => new StronglyConnectedComponents(Topology));
    }

    /// <summary>The graph's name, description, sources and unknown top-level properties.</summary>
    public GraphMetadata Metadata { get; }

    /// <summary>The graph's name, if any.</summary>
    public string? Name => Metadata.Name;

    /// <summary>The nodes, in definition order; a node's position here is its index.</summary>
    public IReadOnlyList<Node> Nodes => _nodes;

    /// <summary>The links, in definition order (a loaded graph makes these objects on first use).</summary>
    public IReadOnlyList<Link> Links => _links.Links;

    /// <summary>The links in columns (a writer reads them without making every link object).</summary>
    internal LinkColumns LinkColumns => _links;

    /// <summary>The number of links (without making the link objects of a loaded graph).</summary>
    public int LinkCount => _links.Count;

    /// <summary>Whether link <paramref name="link"/> states a share (without making the link objects of a loaded graph).</summary>
    internal bool LinkStatesShare(int link) => !double.IsNaN(_links.Share[link]);

    /// <summary>The number of nodes.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>The compact item/supplier structure analyses run on.</summary>
    internal GraphTopology Topology { get; }

    /// <summary>The strongly connected components in topological order (suppliers before consumers), computed once on demand.</summary>
    internal StronglyConnectedComponents Components => _components.Value;

    /// <summary>The node with index <paramref name="index"/>.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The node.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    internal Node this[int index] => _nodes[index];

    /// <summary>Whether a node has the id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> if it exists.</returns>
    public bool Contains(string id) => _index.TryGetIndex(id, out _);

    /// <summary>Looks up a node index.</summary>
    /// <param name="id">The id.</param>
    /// <param name="index">The index, when found.</param>
    /// <returns><see langword="true"/> if found.</returns>
    internal bool TryGetIndex(string id, out int index) => _index.TryGetIndex(id, out index);

    /// <summary>The index of the node with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index.</returns>
    /// <exception cref="SupplyGraphException">No node has that id.</exception>
    internal int IndexOf(string id) => _index.TryGetIndex(id, out var i) ? i : throw new UnknownNodeException(id);

    /// <summary>The node with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The node.</returns>
    /// <exception cref="SupplyGraphException">No node has that id.</exception>
    public Node GetNode(string id) => _nodes[IndexOf(id)];

    /// <summary>The index of link <paramref name="link"/>'s supplier.</summary>
    /// <param name="link">A link index.</param>
    /// <returns>The supplier's node index.</returns>
    internal int SupplierIndex(int link) => _linkEnds.Value.Supplier[link];

    /// <summary>The index of link <paramref name="link"/>'s consumer.</summary>
    /// <param name="link">A link index.</param>
    /// <returns>The consumer's node index.</returns>
    internal int ConsumerIndex(int link) => _linkEnds.Value.Consumer[link];

    /// <summary>
    /// The default analysis targets (docs/design.md): the nodes of kind <c>product</c>, or, when there are none, the
    /// sinks (nodes nobody consumes from), in node order.
    /// </summary>
    /// <returns>The target node ids.</returns>
    public IReadOnlyList<string> DefaultTargetIds() => [.. DefaultTargets().Select(i => _nodes[i].Id)];

    /// <summary>The indices of <see cref="DefaultTargetIds"/>, in node order.</summary>
    /// <returns>The target node indices.</returns>
    internal IReadOnlyList<int> DefaultTargets()
    {
        var products = new List<int>();
        for (var i = 0; i < _nodes.Count; i++)
        {
            if (string.Equals(_nodes.KindOf(i), NodeKinds.Product, StringComparison.Ordinal))
            {
                products.Add(i);
            }
        }

        if (products.Count > 0)
        {
            return products;
        }

        var sinks = new List<int>();
        for (var i = 0; i < _nodes.Count; i++)
        {
            if (Topology.UsesOf(i).IsEmpty)
            {
                sinks.Add(i);
            }
        }

        return sinks;
    }

    /// <summary>Each link's supplier and consumer, from the topology entry that holds the link.</summary>
    internal static (int[] Supplier, int[] Consumer) LinkEnds(GraphTopology topology)
    {
        var supplier = new int[topology.EntryCount];
        var consumer = new int[topology.EntryCount];
        var entryLink = topology.EntryLink;
        var entrySupplier = topology.EntrySupplier;
        var entryItem = topology.EntryItem;
        var itemOwner = topology.ItemOwner;
        for (var e = 0; e < entryLink.Length; e++)
        {
            supplier[entryLink[e]] = entrySupplier[e];
            consumer[entryLink[e]] = itemOwner[entryItem[e]];
        }

        return (supplier, consumer);
    }

    private static int[] LinkEnds(Link[] links, Dictionary<string, int> index, Func<Link, string> end)
    {
        var result = new int[links.Length];
        for (var l = 0; l < links.Length; l++)
        {
            result[l] = index[end(links[l])];
        }

        return result;
    }

    /// <summary>Extra graph-level properties carried through a round trip.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownProperties => Metadata.UnknownProperties;
}
