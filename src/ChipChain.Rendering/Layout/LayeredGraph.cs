namespace ChipChain.Rendering.Layout;

/// <summary>
/// The proper layered graph the post-processing works on: the drawn nodes plus one dummy vertex per layer that a
/// long edge passes, so every segment joins adjacent layers. Segments are oriented from the lower to the higher
/// layer; an edge drawn against the layers (from a cycle) keeps its direction in <see cref="Reversed"/>.
/// </summary>
internal sealed class LayeredGraph
{
    private readonly List<int> _layerOf = [];
    private readonly List<double> _height = [];
    private readonly List<List<(int Vertex, double Weight)>> _up = [];
    private readonly List<List<(int Vertex, double Weight)>> _down = [];

    public LayeredGraph(DiagramGraph graph, NodeBox[] boxes, int[] layer)
    {
        RealCount = graph.NodeCount;
        for (var i = 0; i < RealCount; i++)
        {
            AddVertex(layer[i], boxes[i].Height);
        }

        Chains = new int[graph.Edges.Count][];
        Reversed = new bool[graph.Edges.Count];
        foreach (var edge in graph.Edges)
        {
            var (from, to) = (edge.Source, edge.Target);
            if (layer[from] > layer[to])
            {
                (from, to) = (to, from);
                Reversed[edge.Index] = true;
            }

            var chain = new List<int> { from };
            for (var l = layer[from] + 1; l < layer[to]; l++)
            {
                chain.Add(AddVertex(l, 0));
            }

            chain.Add(to);
            for (var k = 0; k + 1 < chain.Count; k++)
            {
                // Dummy-to-dummy segments pull hardest, so long edges run straight (as in Gansner et al.).
                var dummies = (chain[k] >= RealCount ? 1 : 0) + (chain[k + 1] >= RealCount ? 1 : 0);
                var weight = dummies switch { 2 => 8.0, 1 => 2.0, _ => 1.0 };
                _down[chain[k]].Add((chain[k + 1], weight));
                _up[chain[k + 1]].Add((chain[k], weight));
                SegmentCount++;
            }

            Chains[edge.Index] = [.. chain];
        }

        LayerCount = _layerOf.Count == 0 ? 0 : _layerOf.Max() + 1;
        Layers = new List<int>[LayerCount];
        for (var l = 0; l < LayerCount; l++)
        {
            Layers[l] = [];
        }

        for (var v = 0; v < _layerOf.Count; v++)
        {
            Layers[_layerOf[v]].Add(v);
        }
    }

    /// <summary>The number of drawn nodes; vertices from here on are dummies.</summary>
    public int RealCount { get; }

    /// <summary>All vertices, dummies included.</summary>
    public int VertexCount => _layerOf.Count;

    /// <summary>The number of segments (edges between vertices of adjacent layers).</summary>
    public int SegmentCount { get; }

    /// <summary>The number of layers.</summary>
    public int LayerCount { get; }

    /// <summary>The vertices of each layer, in drawing order (top to bottom); by vertex index until ordered.</summary>
    public List<int>[] Layers { get; }

    /// <summary>Per drawn edge, its vertices from the lower layer to the higher one.</summary>
    public int[][] Chains { get; }

    /// <summary>Per drawn edge, whether it runs from a higher layer to a lower one.</summary>
    public bool[] Reversed { get; }

    public int LayerOf(int v) => _layerOf[v];

    public double HeightOf(int v) => _height[v];

    public bool IsDummy(int v) => v >= RealCount;

    /// <summary>Neighbours in the previous layer, with segment weights.</summary>
    public List<(int Vertex, double Weight)> Up(int v) => _up[v];

    /// <summary>Neighbours in the next layer, with segment weights.</summary>
    public List<(int Vertex, double Weight)> Down(int v) => _down[v];

    private int AddVertex(int layer, double height)
    {
        _layerOf.Add(layer);
        _height.Add(height);
        _up.Add([]);
        _down.Add([]);
        return _layerOf.Count - 1;
    }
}
