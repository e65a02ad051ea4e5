using GraphShape;
using GraphShape.Algorithms.Layout;
using QuikGraph;

namespace ChipChain.Rendering.Layout;

/// <summary>
/// Runs GraphShape's Sugiyama layout and keeps what it is good at: breaking cycles, assigning layers and a first
/// order inside each layer. GraphShape lays out top-down, so box sizes go in with width and height swapped; the
/// layer of a vertex is read back from its vertical position (GraphShape aligns a layer's boxes at the top).
/// </summary>
internal static class SugiyamaLayering
{
    /// <summary>GraphShape's crossing minimisation shuffles with this generator: fixed, so layouts repeat exactly.</summary>
    private const int Seed = 20240601;

    /// <summary>The layer of each drawn node and its horizontal position in GraphShape's drawing (the initial order).</summary>
    public static (int[] Layer, double[] OrderKey) Assign(DiagramGraph graph, NodeBox[] boxes)
    {
        var n = graph.NodeCount;
        var layer = new int[n];
        var key = new double[n];
        if (graph.Edges.Count == 0)
        {
            for (var i = 0; i < n; i++)
            {
                key[i] = i;
            }

            return (layer, key);
        }

        var vertices = Enumerable.Range(0, n).Select(i => new Vertex(i)).ToArray();
        var qg = new BidirectionalGraph<Vertex, Edge<Vertex>>(allowParallelEdges: false);
        qg.AddVertexRange(vertices);
        foreach (var edge in graph.Edges)
        {
            qg.AddEdge(new Edge<Vertex>(vertices[edge.Source], vertices[edge.Target]));
        }

        var sizes = new Dictionary<Vertex, Size>();
        foreach (var v in vertices)
        {
            sizes[v] = new Size(boxes[v.Index].Height, boxes[v.Index].Width);
        }

        var parameters = new SugiyamaLayoutParameters
        {
            Direction = LayoutDirection.TopToBottom,
            EdgeRouting = SugiyamaEdgeRouting.Traditional,
            LayerGap = 40,
            SliceGap = 10,
            MinimizeEdgeLength = true,
            OptimizeWidth = false,
        };
        var algorithm = new SugiyamaLayoutAlgorithm<Vertex, Edge<Vertex>, BidirectionalGraph<Vertex, Edge<Vertex>>>(qg, sizes, parameters)
        {
            Rand = new Random(Seed),
        };
        algorithm.Compute();

        var tops = new double[n];
        var connected = new bool[n];
        foreach (var edge in graph.Edges)
        {
            connected[edge.Source] = connected[edge.Target] = true;
        }

        foreach (var v in vertices)
        {
            var p = algorithm.VerticesPositions.TryGetValue(v, out var point) ? point : default;
            tops[v.Index] = Math.Round(p.Y - (boxes[v.Index].Width / 2), 3);
            key[v.Index] = p.X;
        }

        var distinct = Enumerable.Range(0, n).Where(i => connected[i]).Select(i => tops[i]).Distinct().Order().ToList();
        for (var i = 0; i < n; i++)
        {
            layer[i] = connected[i] ? distinct.BinarySearch(tops[i]) : -1;
        }

        PlaceIsolated(layer, key, Math.Max(1, distinct.Count));
        return (layer, key);
    }

    /// <summary>Nodes without edges go to the layer with the fewest nodes, below the others.</summary>
    private static void PlaceIsolated(int[] layer, double[] key, int layerCount)
    {
        var counts = new int[layerCount];
        foreach (var l in layer)
        {
            if (l >= 0)
            {
                counts[l]++;
            }
        }

        for (var i = 0; i < layer.Length; i++)
        {
            if (layer[i] < 0)
            {
                var best = 0;
                for (var l = 1; l < layerCount; l++)
                {
                    best = counts[l] < counts[best] ? l : best;
                }

                layer[i] = best;
                counts[best]++;
                key[i] = double.MaxValue / 2;
            }
        }
    }

    /// <summary>A GraphShape vertex: GraphShape needs reference-type vertices.</summary>
    private sealed class Vertex(int index)
    {
        public int Index { get; } = index;
    }
}
