namespace ChipChain.Rendering.Layout;

/// <summary>
/// Crossing reduction of a proper layered graph, after Gansner et al. (1993): a breadth-first initial order, then
/// alternating down and up sweeps that sort each layer by the barycentre of its neighbours in the layer just placed
/// (on the sample and generated graphs the barycentre beat dot's weighted median), each sweep followed by
/// transposition (swapping neighbours in a layer while that removes crossings), and finally
/// <see cref="Sifting"/>. The number of sweeps is bounded, the search stops after <see cref="Patience"/> sweeps
/// without a better order, and the best order seen is kept. Deterministic: every tie keeps the current order.
/// </summary>
internal static class LayerOrdering
{
    /// <summary>At most this many sweeps per search (dot allows 24; with sifting after them, more did not pay here).</summary>
    public const int MaxSweeps = 12;

    /// <summary>Stop after this many sweeps that found no better order (dot's MinQuit is 8).</summary>
    public const int Patience = 4;

    /// <summary>Transposition passes per sweep: most of the gain comes in the first few, and each costs a pass over the segments.</summary>
    private const int MaxTransposePasses = 4;
    private const int SiftingRounds = 4;

    /// <summary>
    /// Reorders every layer of <paramref name="graph"/> in place; returns the crossings left. As in dot, the search
    /// runs from two starts (breadth-first from the first layer and from the last) and then refines the better result
    /// with transpositions that may also swap neighbours whose crossings tie, which lets it leave a plateau, with
    /// sifting, and with sweeps again.
    /// </summary>
    public static long Reduce(LayeredGraph graph)
    {
        if (graph.LayerCount < 2)
        {
            InitialOrder(graph, fromFirstLayer: true);
            return 0;
        }

        var search = new Search(graph);
        int[][]? best = null;
        var bestCrossings = long.MaxValue;
        foreach (var fromFirstLayer in new[] { true, false })
        {
            InitialOrder(graph, fromFirstLayer);
            var crossings = search.Improve(allowTies: false);
            if (crossings < bestCrossings)
            {
                (bestCrossings, best) = (crossings, Snapshot(graph));
            }
        }

        Restore(graph, best!);
        search.Improve(allowTies: true);
        Sifting.Refine(graph, SiftingRounds);
        return search.Improve(allowTies: true);
    }

    private static void Restore(LayeredGraph graph, int[][] order)
    {
        for (var l = 0; l < graph.LayerCount; l++)
        {
            graph.Layers[l].Clear();
            graph.Layers[l].AddRange(order[l]);
        }
    }

    /// <summary>Barycentre sweeps and transpositions from the current order, leaving the best order seen in the graph.</summary>
    private sealed class Search(LayeredGraph graph)
    {
        private readonly int[] _position = new int[graph.VertexCount];
        private readonly double[] _barycentre = new double[graph.VertexCount];
        private readonly NeighbourPositions _neighbours = new(graph);
        private readonly CrossingCounter _counter = new(graph);

        public long Improve(bool allowTies)
        {
            Renumber(graph, _position);
            var best = Snapshot(graph);
            var bestCrossings = _counter.Count(_position);
            var stale = 0;
            for (var sweep = 0; sweep < MaxSweeps && bestCrossings > 0 && stale < Patience; sweep++)
            {
                var down = sweep % 2 == 0;
                for (var k = 1; k < graph.LayerCount; k++)
                {
                    var l = down ? k : graph.LayerCount - 1 - k;
                    SortByBarycentre(graph, graph.Layers[l], _position, _barycentre, useUp: down);
                }

                Transpose(graph, _position, _neighbours, allowTies && sweep % 4 < 2);
                var crossings = _counter.Count(_position);
                if (crossings < bestCrossings)
                {
                    (bestCrossings, best, stale) = (crossings, Snapshot(graph), 0);
                }
                else
                {
                    stale++;
                }
            }

            Restore(graph, best);
            return bestCrossings;
        }
    }

    /// <summary>
    /// Orders each layer by when a breadth-first search from the first (or the last) layer, then from any vertex not
    /// yet reached, in layer order, reaches its vertices, so connected vertices start near each other.
    /// </summary>
    private static void InitialOrder(LayeredGraph graph, bool fromFirstLayer)
    {
        var seeds = new List<int>(graph.VertexCount);
        foreach (var members in graph.Layers)
        {
            seeds.AddRange(members);
        }

        seeds.Sort((a, b) => graph.LayerOf(a) != graph.LayerOf(b) ? (fromFirstLayer ? 1 : -1) * graph.LayerOf(a).CompareTo(graph.LayerOf(b)) : a.CompareTo(b));
        foreach (var members in graph.Layers)
        {
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
    /// Sorts a layer by the mean position of each vertex's neighbours on one side (segments unweighted: weighting
    /// the dummies' segments, which straightens long edges when placing, gave more crossings here). A vertex without
    /// neighbours there keeps its slot; the others fill the remaining slots in barycentre order.
    /// </summary>
    private static void SortByBarycentre(LayeredGraph graph, List<int> members, int[] position, double[] barycentre, bool useUp)
    {
        var movable = new List<int>(members.Count);
        foreach (var v in members)
        {
            barycentre[v] = Barycentre(useUp ? graph.Up(v) : graph.Down(v), position);
            if (barycentre[v] >= 0)
            {
                movable.Add(v);
            }
        }

        movable.Sort((a, b) => barycentre[a] != barycentre[b] ? barycentre[a].CompareTo(barycentre[b]) : position[a].CompareTo(position[b]));
        var next = 0;
        for (var i = 0; i < members.Count; i++)
        {
            if (barycentre[members[i]] >= 0)
            {
                members[i] = movable[next++];
            }
        }

        for (var i = 0; i < members.Count; i++)
        {
            position[members[i]] = i;
        }
    }

    /// <summary>The mean position of the neighbours; −1 without neighbours.</summary>
    private static double Barycentre(List<(int Vertex, double Weight)> neighbours, int[] position)
    {
        if (neighbours.Count == 0)
        {
            return -1;
        }

        var sum = 0.0;
        foreach (var (w, _) in neighbours)
        {
            sum += position[w];
        }

        return sum / neighbours.Count;
    }

    /// <summary>
    /// Swaps neighbours in a layer while that lowers the crossings with both adjacent layers (with
    /// <paramref name="allowTies"/>, also when it leaves them equal; only strict gains start another pass). The neighbours'
    /// positions are sorted once per layer and pass, so comparing two vertices is a linear merge.
    /// </summary>
    private static void Transpose(LayeredGraph graph, int[] position, NeighbourPositions neighbours, bool allowTies)
    {
        // Only layers that changed, or whose neighbours changed, can gain from another pass (as in dot).
        var candidate = new bool[graph.LayerCount];
        Array.Fill(candidate, true);
        for (var pass = 0; pass < MaxTransposePasses; pass++)
        {
            var improved = false;
            var changed = new bool[graph.LayerCount];
            for (var l = 0; l < graph.LayerCount; l++)
            {
                if (!candidate[l])
                {
                    continue;
                }

                var members = graph.Layers[l];
                neighbours.Load(l, position);
                for (var i = 0; i + 1 < members.Count; i++)
                {
                    var (u, v) = (members[i], members[i + 1]);
                    var (upBefore, upAfter) = PairCrossings(neighbours.Up(u), neighbours.Up(v));
                    var (downBefore, downAfter) = PairCrossings(neighbours.Down(u), neighbours.Down(v));
                    var (before, after) = (upBefore + downBefore, upAfter + downAfter);
                    if (after < before || (allowTies && after == before && after > 0))
                    {
                        (members[i], members[i + 1]) = (v, u);
                        position[u] = i + 1;
                        position[v] = i;
                        improved |= after < before;
                        changed[l] |= after < before;
                    }
                }
            }

            if (!improved)
            {
                return;
            }

            for (var l = 0; l < graph.LayerCount; l++)
            {
                candidate[l] = changed[l] || (l > 0 && changed[l - 1]) || (l + 1 < graph.LayerCount && changed[l + 1]);
            }
        }
    }

    /// <summary>
    /// The crossings between the segments of two vertices of a layer with <paramref name="upper"/>'s above (pairs
    /// whose other ends lie the other way round) and with them swapped, from one merge of the sorted positions.
    /// </summary>
    internal static (long Kept, long Swapped) PairCrossings(ReadOnlySpan<int> upper, ReadOnlySpan<int> lower)
    {
        var (kept, swapped) = (0L, 0L);
        var (below, atOrBelow) = (0, 0);
        foreach (var a in upper)
        {
            while (below < lower.Length && lower[below] < a)
            {
                below++;
            }

            atOrBelow = Math.Max(atOrBelow, below);
            while (atOrBelow < lower.Length && lower[atOrBelow] <= a)
            {
                atOrBelow++;
            }

            kept += below;
            swapped += lower.Length - atOrBelow;
        }

        return (kept, swapped);
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
