namespace ChipChain.Rendering.Layout;

/// <summary>
/// Crossing reduction on top of GraphShape's order: alternating down and up barycentre sweeps, each followed by
/// adjacent-swap refinement (transpose), keeping the best order seen. Deterministic: ties keep the current order.
/// </summary>
internal static class LayerOrdering
{
    private const int Rounds = 12;

    public static void Reduce(LayeredGraph graph)
    {
        if (graph.LayerCount < 2)
        {
            return;
        }

        var position = new int[graph.VertexCount];
        Renumber(graph, position);
        var best = Snapshot(graph);
        var bestCrossings = Crossings(graph, position);
        for (var round = 0; round < Rounds && bestCrossings > 0; round++)
        {
            var down = round % 2 == 0;
            for (var k = 1; k < graph.LayerCount; k++)
            {
                var l = down ? k : graph.LayerCount - 1 - k;
                SortByBarycentre(graph, l, position, useUp: down);
            }

            Transpose(graph, position);
            var crossings = Crossings(graph, position);
            if (crossings < bestCrossings)
            {
                bestCrossings = crossings;
                best = Snapshot(graph);
            }
        }

        for (var l = 0; l < graph.LayerCount; l++)
        {
            graph.Layers[l].Clear();
            graph.Layers[l].AddRange(best[l]);
        }
    }

    /// <summary>The number of crossings between segments of adjacent layers.</summary>
    public static long Crossings(LayeredGraph graph, int[] position)
    {
        var total = 0L;
        for (var l = 0; l + 1 < graph.LayerCount; l++)
        {
            var segments = new List<(int Top, int Bottom)>();
            foreach (var v in graph.Layers[l])
            {
                foreach (var (w, _) in graph.Down(v))
                {
                    segments.Add((position[v], position[w]));
                }
            }

            segments.Sort();
            total += CountInversions(segments.Select(s => s.Bottom).ToArray());
        }

        return total;
    }

    private static void SortByBarycentre(LayeredGraph graph, int layer, int[] position, bool useUp)
    {
        var members = graph.Layers[layer];
        var value = new Dictionary<int, double>(members.Count);
        foreach (var v in members)
        {
            var neighbours = useUp ? graph.Up(v) : graph.Down(v);
            if (neighbours.Count == 0)
            {
                value[v] = position[v];
                continue;
            }

            var sum = 0.0;
            var weight = 0.0;
            foreach (var (w, segmentWeight) in neighbours)
            {
                sum += position[w] * segmentWeight;
                weight += segmentWeight;
            }

            value[v] = sum / weight;
        }

        members.Sort((a, b) => value[a] != value[b] ? value[a].CompareTo(value[b]) : position[a].CompareTo(position[b]));
        for (var i = 0; i < members.Count; i++)
        {
            position[members[i]] = i;
        }
    }

    /// <summary>Swaps neighbours in a layer while that lowers the crossings with both adjacent layers.</summary>
    private static void Transpose(LayeredGraph graph, int[] position)
    {
        for (var pass = 0; pass < 4; pass++)
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
            foreach (var (b, _) in lower)
            {
                if (position[a] > position[b])
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

    private static int[][] Snapshot(LayeredGraph graph) => graph.Layers.Select(l => l.ToArray()).ToArray();

    /// <summary>Inversions by merge sort: O(n log n).</summary>
    private static long CountInversions(int[] values)
    {
        var buffer = new int[values.Length];
        return Sort(0, values.Length);

        long Sort(int from, int to)
        {
            if (to - from < 2)
            {
                return 0;
            }

            var mid = (from + to) / 2;
            var count = Sort(from, mid) + Sort(mid, to);
            int i = from, j = mid, k = from;
            while (i < mid && j < to)
            {
                if (values[j] < values[i])
                {
                    count += mid - i;
                    buffer[k++] = values[j++];
                }
                else
                {
                    buffer[k++] = values[i++];
                }
            }

            while (i < mid)
            {
                buffer[k++] = values[i++];
            }

            while (j < to)
            {
                buffer[k++] = values[j++];
            }

            Array.Copy(buffer, from, values, from, to - from);
            return count;
        }
    }
}
