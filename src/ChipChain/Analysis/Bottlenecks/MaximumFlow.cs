using QuikGraph;
using QuikGraph.Algorithms.MaximumFlow;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// Maximum flow and minimum cut with QuikGraph's <see cref="EdmondsKarpMaximumFlowAlgorithm{TVertex, TEdge}"/>.
/// Every input edge is routed through its own midpoint vertex so the network has no parallel or antiparallel
/// edges; the reversed-edge augmentor then adds one residual edge per edge, with capacity 0, removed afterwards.
/// </summary>
internal static class MaximumFlow
{
    /// <summary>Computes the maximum flow from <paramref name="source"/> to <paramref name="sink"/>.</summary>
    /// <param name="vertexCount">The number of vertices (0..vertexCount-1).</param>
    /// <param name="edges">The edges.</param>
    /// <param name="source">The source vertex.</param>
    /// <param name="sink">The sink vertex.</param>
    /// <returns>The flow value and a minimum cut.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edges"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A vertex is out of range, source equals sink, or a capacity is negative or NaN.</exception>
    public static MaximumFlowResult Compute(int vertexCount, IReadOnlyList<FlowEdge> edges, int source, int sink)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(vertexCount);
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfNegative(sink);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(source, vertexCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sink, vertexCount);
        if (source == sink)
        {
            throw new ArgumentOutOfRangeException(nameof(sink), "The sink must differ from the source.");
        }

        // Unlimited capacities become one more than everything finite together, so "unbounded" stays detectable.
        double finite = 0;
        foreach (var e in edges)
        {
            if (e.From < 0 || e.From >= vertexCount || e.To < 0 || e.To >= vertexCount || double.IsNaN(e.Capacity) || e.Capacity < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(edges), $"Bad flow edge {e}.");
            }

            finite += double.IsPositiveInfinity(e.Capacity) ? 0 : e.Capacity;
        }

        var unlimited = finite + 1;
        var graph = new AdjacencyGraph<int, Edge<int>>();
        graph.AddVertexRange(Enumerable.Range(0, vertexCount + edges.Count));
        var capacity = new Dictionary<Edge<int>, double>();
        var entering = new Edge<int>[edges.Count];
        for (var i = 0; i < edges.Count; i++)
        {
            var mid = vertexCount + i;
            var e = edges[i];
            entering[i] = new Edge<int>(e.From, mid);
            var leaving = new Edge<int>(mid, e.To);
            graph.AddEdge(entering[i]);
            graph.AddEdge(leaving);
            capacity[entering[i]] = double.IsPositiveInfinity(e.Capacity) ? unlimited : e.Capacity;
            capacity[leaving] = unlimited;
        }

        var augmentor = new ReversedEdgeAugmentorAlgorithm<int, Edge<int>>(graph, (s, t) => new Edge<int>(s, t));
        augmentor.AddReversedEdges();
        try
        {
            var flow = new EdmondsKarpMaximumFlowAlgorithm<int, Edge<int>>(
                graph,
                e => capacity.TryGetValue(e, out var c) ? c : 0,
                (s, t) => new Edge<int>(s, t),
                augmentor);
            flow.Compute(source, sink);
            var reachable = Reachable(graph, flow.ResidualCapacities, source, vertexCount + edges.Count);
            var cut = new List<int>();
            for (var i = 0; i < edges.Count; i++)
            {
                if (reachable[edges[i].From] && !reachable[vertexCount + i])
                {
                    cut.Add(i);
                }
            }

            var value = flow.MaxFlow >= unlimited ? double.PositiveInfinity : flow.MaxFlow;
            return new MaximumFlowResult(value, cut, reachable.AsSpan(0, vertexCount).ToArray());
        }
        finally
        {
            augmentor.RemoveReversedEdges();
        }
    }

    private static bool[] Reachable(AdjacencyGraph<int, Edge<int>> graph, IDictionary<Edge<int>, double> residual, int source, int count)
    {
        var seen = new bool[count];
        var queue = new Queue<int>();
        seen[source] = true;
        queue.Enqueue(source);
        while (queue.Count > 0)
        {
            foreach (var e in graph.OutEdges(queue.Dequeue()))
            {
                if (!seen[e.Target] && residual.TryGetValue(e, out var r) && r > 1e-12)
                {
                    seen[e.Target] = true;
                    queue.Enqueue(e.Target);
                }
            }
        }

        return seen;
    }
}
