using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Rendering.Views;

namespace ChipChain.Rendering;

/// <summary>
/// The part of a supply graph a diagram draws: the nodes a <see cref="DiagramView"/> keeps that pass a
/// <see cref="DiagramFocus"/> (in graph order) and the view's links between them, merged per supplier and consumer.
/// Immutable.
/// </summary>
public sealed class DiagramGraph
{
    private readonly int[] _nodeIndices;
    private readonly Dictionary<string, int> _position;

    private readonly bool[] _small;

    private DiagramGraph(SupplyGraph graph, DiagramView view, int[] nodeIndices, DiagramEdge[] edges, bool[] small)
    {
        Graph = graph;
        View = view;
        _small = small;
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

    /// <summary>The view drawn.</summary>
    public DiagramView View { get; }

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

    /// <summary>Whether the node with id <paramref name="id"/> is drawn small (structure on the critical view's paths).</summary>
    /// <param name="id">A node id.</param>
    /// <returns><see langword="true"/> when drawn and drawn small.</returns>
    public bool IsSmall(string id) => _position.TryGetValue(id, out var p) && _small[p];

    /// <summary>Whether the node at position <paramref name="position"/> in <see cref="Nodes"/> is drawn small.</summary>
    internal bool IsSmallAt(int position) => _small[position];

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
    public static DiagramGraph From(SupplyGraph graph, DiagramFocus focus) => From(graph, focus, DiagramView.Full);

    /// <summary>
    /// Builds the diagram graph of <paramref name="view"/> of <paramref name="graph"/>, computed on the whole graph,
    /// filtered by <paramref name="focus"/>.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="focus">The filters.</param>
    /// <param name="view">The view.</param>
    /// <returns>The diagram graph.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">A focus node id or the view's target names no node.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The depth or the view's chokepoint count is negative.</exception>
    /// <exception cref="ArgumentException">The critical view has no target.</exception>
    /// <exception cref="AnalysisLimitException">The critical view's cut-set analysis reached its documented limit.</exception>
    public static DiagramGraph From(SupplyGraph graph, DiagramFocus focus, DiagramView view)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentNullException.ThrowIfNull(view);
        if (focus.Depth is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(focus), focus.Depth, "The focus depth must be zero or more.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(view.ChokepointCount);
        int? target = view.Target is { } t ? graph.IndexOf(t) : null;
        var selection = view.Kind switch
        {
            DiagramViewKind.Critical => CriticalView.Select(graph, target ?? throw new ArgumentException("The critical view needs a target.", nameof(view)), view.ChokepointCount),
            DiagramViewKind.Firms => FirmsView.Select(graph, target),
            _ => ViewSelection.Everything(graph),
        };
        var keep = (bool[])selection.Keep.Clone();
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
        return new DiagramGraph(graph, view, indices, MergeLinks(graph, indices, selection.Parts), indices.Select(i => selection.Small[i]).ToArray());
    }

    private static void Intersect(bool[] keep, bool[] reached)
    {
        for (var i = 0; i < keep.Length; i++)
        {
            keep[i] &= reached[i];
        }
    }

    private static DiagramEdge[] MergeLinks(SupplyGraph graph, int[] indices, IReadOnlyList<EdgePart> parts)
    {
        var position = new int[graph.NodeCount];
        Array.Fill(position, -1);
        for (var i = 0; i < indices.Length; i++)
        {
            position[indices[i]] = i;
        }

        var groups = new SortedDictionary<(int Source, int Target), List<EdgePart>>();
        foreach (var part in parts)
        {
            var s = position[part.Supplier];
            var t = position[part.Consumer];
            if (s < 0 || t < 0)
            {
                continue;
            }

            if (!groups.TryGetValue((s, t), out var list))
            {
                groups[(s, t)] = list = [];
            }

            list.Add(part);
        }

        var edges = new DiagramEdge[groups.Count];
        var k = 0;
        foreach (var ((s, t), list) in groups)
        {
            var links = list.Select(p => p.Link).Distinct().Order().ToArray();
            var items = links.Select(l => graph.Links[l].Item).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var labels = list.Select(p => Label(graph, p)).OfType<DiagramEdgeLabel>().Distinct()
                .OrderBy(x => x.Item, StringComparer.Ordinal).ThenBy(x => x.Share ?? -1).ToArray();
            edges[k] = new DiagramEdge(k, s, t, graph[indices[s]].Id, graph[indices[t]].Id, items, links, labels);
            k++;
        }

        return edges;
    }

    /// <summary>A link's label: its item (a node's name when the item is a node id; else the structure node entered) and share.</summary>
    private static DiagramEdgeLabel? Label(SupplyGraph graph, EdgePart part)
    {
        var link = graph.Links[part.Link];
        // An item named after a box at the arrow's ends (as the ETO import names items after markets) says nothing the
        // arrow does not; in the firms view the link's consumer is collapsed, so there its name is the item.
        var named = link.Item is { } i && i != link.Supplier && (part.Via >= 0 || i != link.Consumer);
        var item = named ? (graph.TryGetIndex(link.Item!, out var n) ? graph[n].DisplayName : link.Item!)
            : part.Via >= 0 ? graph[part.Via].DisplayName : string.Empty;
        return item.Length == 0 && link.Share is null ? null : new DiagramEdgeLabel(item, link.Share);
    }
}
