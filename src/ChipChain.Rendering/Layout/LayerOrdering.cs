namespace ChipChain.Rendering.Layout;

/// <summary>
/// Crossing reduction of a proper layered graph, after Gansner et al. (1993): a breadth-first initial order, then
/// alternating down and up sweeps that sort each layer by the weighted median of its neighbours in the layer just
/// placed, each sweep followed by transposition (swapping neighbours in a layer while that removes crossings). The
/// number of sweeps is bounded, the search stops after <see cref="Patience"/> sweeps without a better order, and
/// the best order seen is kept. Deterministic: every tie keeps the current order.
/// </summary>
internal static class LayerOrdering
{
    /// <summary>At most this many sweeps (dot's default is 24).</summary>
    public const int MaxSweeps = 24;

    /// <summary>Stop after this many sweeps that found no better order (dot's MinQuit).</summary>
    public const int Patience = 8;

    private const int MaxTransposePasses = 24;

    /// <summary>Reorders every layer of <paramref name="graph"/> in place; returns the crossings left.</summary>
    public static long Reduce(LayeredGraph graph)
    {
        InitialOrder(graph);
        if (graph.LayerCount < 2)
        {
            return 0;
        }

        var position = new int[graph.VertexCount];
        Renumber(graph, position);
        var counter = new CrossingCounter(graph);
        var best = Snapshot(graph);
        var bestCrossings = counter.Count(position);
        var median = new double[graph.VertexCount];
        var stale = 0;
        for (var sweep = 0; sweep < MaxSweeps && bestCrossings > 0 && stale < Patience; sweep++)
        {
            var down = sweep % 2 == 0;
            for (var k = 1; k < graph.LayerCount; k++)
            {
                var l = down ? k : graph.LayerCount - 1 - k;
                SortByMedian(graph, graph.Layers[l], position, median, useUp: down);
            }

            Transpose(graph, position);
            var crossings = counter.Count(position);
            if (crossings < bestCrossings)
            {
                (bestCrossings, best, stale) = (crossings, Snapshot(graph), 0);
            }
            else
            {
                stale++;
            }
        }

        for (var l = 0; l < graph.LayerCount; l++)
        {
            graph.Layers[l].Clear();
            graph.Layers[l].AddRange(best[l]);
        }

        return bestCrossings;
    }

    /// <summary>
    /// Orders each layer by when a breadth-first search from the first layer (then from any vertex not yet reached,
    /// in layer order) reaches its vertices, so connected vertices start near each other.
    /// </summary>
    private static void InitialOrder(LayeredGraph graph)
    {
        var seeds = new List<int>(graph.VertexCount);
        foreach (var members in graph.Layers)
        {
            seeds.AddRange(members);
            members.Clear();
        }

        var seen = new bool[graph.VertexCount];
        var queue = new Queue<int>();
        foreach (var seed in seeds)
        {
            if (seen[seed])
            {
                continue;
            }

            seen[seed] = true;
            queue.Enqueue(seed);
            while (queue.TryDequeue(out var v))
            {
                graph.Layers[graph.LayerOf(v)].Add(v);
                foreach (var (w, _) in graph.Down(v))
                {
                    if (!seen[w])
                    {
                        seen[w] = true;
                        queue.Enqueue(w);
                    }
                }

                foreach (var (w, _) in graph.Up(v))
                {
                    if (!seen[w])
                    {
                        seen[w] = true;
                        queue.Enqueue(w);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Sorts a layer by the weighted median position of each vertex's neighbours on one side. A vertex without
    /// neighbours there keeps its slot; the others fill the remaining slots in median order.
    /// </summary>
    private static void SortByMedian(LayeredGraph graph, List<int> members, int[] position, double[] median, bool useUp)
    {
        var movable = new List<int>(members.Count);
        foreach (var v in members)
        {
            median[v] = Median(useUp ? graph.Up(v) : graph.Down(v), position);
            if (median[v] >= 0)
            {
                movable.Add(v);
            }
        }

        movable.Sort((a, b) => median[a] != median[b] ? median[a].CompareTo(median[b]) : position[a].CompareTo(position[b]));
        var next = 0;
        for (var i = 0; i < members.Count; i++)
        {
            if (median[members[i]] >= 0)
            {
                members[i] = movable[next++];
            }
        }

        for (var i = 0; i < members.Count; i++)
        {
            position[members[i]] = i;
        }
    }

    /// <summary>The median of the neighbours' positions, interpolated towards the denser side when their count is even; −1 without neighbours.</summary>
    private static double Median(List<(int Vertex, double Weight)> neighbours, int[] position)
    {
        var count = neighbours.Count;
        switch (count)
        {
            case 0:
                return -1;
            case 1:
                return position[neighbours[0].Vertex];
            case 2:
                return (position[neighbours[0].Vertex] + position[neighbours[1].Vertex]) / 2.0;
        }

        Span<int> p = count <= 64 ? stackalloc int[count] : new int[count];
        for (var i = 0; i < count; i++)
        {
            p[i] = position[neighbours[i].Vertex];
        }

        p.Sort();
        var m = count / 2;
        if (count % 2 == 1)
        {
            return p[m];
        }

        double left = p[m - 1] - p[0];
        double right = p[^1] - p[m];
        return left + right == 0 ? (p[m - 1] + p[m]) / 2.0 : ((p[m - 1] * right) + (p[m] * left)) / (left + right);
    }

    /// <summary>Swaps neighbours in a layer while that lowers the crossings with both adjacent layers.</summary>
    private static void Transpose(LayeredGraph graph, int[] position)
    {
        for (var pass = 0; pass < MaxTransposePasses; pass++)
        {
            var improved = false;
            foreach (var members in graph.Layers)
            {
                for (var i = 0; i + 1 < members.Count; i++)
                {
                    var (u, v) = (members[i], members[i + 1]);
                    var before = PairCrossings(graph.Up(u), graph.Up(v), position) + PairCrossings(graph.Down(u), graph.Down(v), position);
                    var after = PairCrossings(graph.Up(v), graph.Up(u), position) + PairCrossings(graph.Down(v), graph.Down(u), position);
                    if (after < before)
                    {
                        (members[i], members[i + 1]) = (v, u);
                        position[u] = i + 1;
                        position[v] = i;
                        improved = true;
                    }
                }
            }

            if (!improved)
            {
                return;
            }
        }
    }

    /// <summary>Crossings between the segments of a vertex placed above another and those of the one below.</summary>
    private static int PairCrossings(List<(int Vertex, double Weight)> upper, List<(int Vertex, double Weight)> lower, int[] position)
    {
        var count = 0;
        foreach (var (a, _) in upper)
        {
            var pa = position[a];
            foreach (var (b, _) in lower)
            {
                if (pa > position[b])
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static void Renumber(LayeredGraph graph, int[] position)
    {
        foreach (var members in graph.Layers)
        {
            for (var i = 0; i < members.Count; i++)
            {
                position[members[i]] = i;
            }
        }
    }

    private static int[][] Snapshot(LayeredGraph graph)
    {
        var copy = new int[graph.LayerCount][];
        for (var l = 0; l < copy.Length; l++)
        {
            copy[l] = [.. graph.Layers[l]];
        }

        return copy;
    }
}
