using ChipChain.Analysis;
using ChipChain.Model;

namespace ChipChain.Rendering;

/// <summary>
/// The part of a supply graph a diagram draws: the nodes that pass a <see cref="DiagramFocus"/> (in graph order)
/// and the links between them, merged per supplier and consumer. Immutable.
/// </summary>
public sealed class DiagramGraph
{
    private readonly int[] _nodeIndices;
    private readonly Dictionary<string, int> _position;

    private DiagramGraph(SupplyGraph graph, int[] nodeIndices, DiagramEdge[] edges)
    {
        Graph = graph;
        _nodeIndices = nodeIndices;
        Edges = edges;
        _position = new Dictionary<string, int>(nodeIndices.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodeIndices.Length; i++)
        {
            _position[graph[nodeIndices[i]].Id] = i;
        }

        Nodes = nodeIndices.Select(i => graph[i]).ToArray();
    }

    /// <summary>The whole graph the diagram is drawn from.</summary>
    public SupplyGraph Graph { get; }

    /// <summary>The drawn nodes, in graph order.</summary>
    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>The graph index of each drawn node, parallel to <see cref="Nodes"/>.</summary>
    public IReadOnlyList<int> NodeIndices => _nodeIndices;

    /// <summary>The drawn edges, ordered by supplier then consumer position.</summary>
    public IReadOnlyList<DiagramEdge> Edges { get; }

    /// <summary>The number of drawn nodes.</summary>
    public int NodeCount => _nodeIndices.Length;

    /// <summary>Whether the node with id <paramref name="id"/> is drawn.</summary>
    /// <param name="id">A node id.</param>
    /// <returns><see langword="true"/> when drawn.</returns>
    public bool Contains(string id) => _position.ContainsKey(id);

    /// <summary>The position in <see cref="Nodes"/> of a drawn node, or -1.</summary>
    internal int PositionOf(string id) => _position.TryGetValue(id, out var p) ? p : -1;

    /// <summary>Builds the diagram graph of everything in <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The diagram graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static DiagramGraph From(SupplyGraph graph) => From(graph, DiagramFocus.None);

    /// <summary>Builds the diagram graph of the part of <paramref name="graph"/> selected by <paramref name="focus"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="focus">The filters.</param>
    /// <returns>The diagram graph.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">A focus node id names no node.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The depth is negative.</exception>
    public static DiagramGraph From(SupplyGraph graph, DiagramFocus focus)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(focus);
        if (focus.Depth is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(focus), focus.Depth, "The focus depth must be zero or more.");
        }

        var keep = new bool[graph.NodeCount];
        Array.Fill(keep, true);
        var pinned = new bool[graph.NodeCount];
        if (focus.UpstreamOf is { } up)
        {
            var root = graph.IndexOf(up);
            Intersect(keep, Dependencies.Reach(graph.Topology, root, DependencyDirection.Upstream, focus.Depth));
            pinned[root] = true;
        }

        if (focus.DownstreamOf is { } down)
        {
            var root = graph.IndexOf(down);
            Intersect(keep, Dependencies.Reach(graph.Topology, root, DependencyDirection.Downstream, focus.Depth));
            pinned[root] = true;
        }

        var kinds = new HashSet<string>(focus.Kinds, StringComparer.Ordinal);
        var countries = new HashSet<string>(focus.Countries, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < keep.Length; i++)
        {
            var node = graph[i];
            if (pinned[i] || !keep[i])
            {
                continue;
            }

            if ((kinds.Count > 0 && !kinds.Contains(node.Kind ?? string.Empty)) ||
                (countries.Count > 0 && !countries.Contains(node.Country ?? string.Empty)))
            {
                keep[i] = false;
            }
        }

        var indices = Enumerable.Range(0, graph.NodeCount).Where(i => keep[i]).ToArray();
        return new DiagramGraph(graph, indices, MergeLinks(graph, indices));
    }

    private static void Intersect(bool[] keep, bool[] reached)
    {
        for (var i = 0; i < keep.Length; i++)
        {
            keep[i] &= reached[i];
        }
    }

    private static DiagramEdge[] MergeLinks(SupplyGraph graph, int[] indices)
    {
        var position = new int[graph.NodeCount];
        Array.Fill(position, -1);
        for (var i = 0; i < indices.Length; i++)
        {
            position[indices[i]] = i;
        }

        var groups = new SortedDictionary<(int Source, int Target), List<int>>();
        for (var l = 0; l < graph.Links.Count; l++)
        {
            var s = position[graph.SupplierIndex(l)];
            var t = position[graph.ConsumerIndex(l)];
            if (s < 0 || t < 0)
            {
                continue;
            }

            if (!groups.TryGetValue((s, t), out var links))
            {
                groups[(s, t)] = links = [];
            }

            links.Add(l);
        }

        var edges = new DiagramEdge[groups.Count];
        var k = 0;
        foreach (var ((s, t), links) in groups)
        {
            var items = links.Select(l => graph.Links[l].Item).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            edges[k] = new DiagramEdge(k, s, t, graph[indices[s]].Id, graph[indices[t]].Id, items, links.ToArray());
            k++;
        }

        return edges;
    }
}
