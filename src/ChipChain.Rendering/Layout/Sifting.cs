namespace ChipChain.Rendering.Layout;

/// <summary>
/// Refines the order of a proper layered graph by sifting (Matuszewski, Schönfeld and Molitor 1999): each vertex
/// in turn is taken out of its layer and put back where it crosses fewest segments, with the other vertices and
/// the adjacent layers fixed. Sliding it past a neighbour changes the crossings by the difference of two pair
/// counts, so finding its best place is one scan of the layer. Moves the barycentre and median sweeps cannot make
/// (one vertex past many) come out of it; a move never adds crossings, and the rounds are bounded.
/// </summary>
internal static class Sifting
{
    /// <summary>A round that removes less than this share of the crossings left is the last.</summary>
    private const double MinGain = 0.01;

    /// <summary>
    /// How far a vertex is tried from where it is, each way. Sifting a whole layer costs its size squared times the
    /// degree, which on a long layer of a large diagram was most of the layout's time; within the window a move
    /// still passes many vertices, and layers of up to twice this are sifted whole, as before.
    /// </summary>
    private const int Window = 64;

    /// <summary>
    /// Sifts every layer, down and then up, for at most <paramref name="rounds"/> rounds, fewer when a round
    /// removes less than 1 % of the crossings (each round costs about the layer size times its segments).
    /// </summary>
    public static void Refine(LayeredGraph graph, int rounds)
    {
        var position = new int[graph.VertexCount];
        var neighbours = new NeighbourPositions(graph);
        var counter = new CrossingCounter(graph);
        foreach (var members in graph.Layers)
        {
            Renumber(members, position);
        }

        var crossings = counter.Count(position);
        for (var round = 0; round < rounds && crossings > 0; round++)
        {
            for (var k = 0; k < 2 * graph.LayerCount; k++)
            {
                var l = k < graph.LayerCount ? k : (2 * graph.LayerCount) - 1 - k;
                SiftLayer(graph, l, position, neighbours);
            }

            var left = counter.Count(position);
            if (crossings - left < MinGain * crossings)
            {
                return;
            }

            crossings = left;
        }
    }

    private static void SiftLayer(LayeredGraph graph, int layer, int[] position, NeighbourPositions neighbours)
    {
        var members = graph.Layers[layer];
        if (members.Count < 2)
        {
            return;
        }

        neighbours.Load(layer, position);
        foreach (var v in members.ToArray())
        {
            var from = position[v];
            members.RemoveAt(from);

            // Gain of placing v after the first p vertices, relative to placing it after the first lo.
            var lo = Math.Max(0, from - Window);
            var hi = Math.Min(members.Count, from + Window);
            var (best, bestGain, gain) = (lo, 0L, 0L);
            var current = 0L;
            for (var p = lo + 1; p <= hi; p++)
            {
                var w = members[p - 1];
                var (up, upSwapped) = LayerOrdering.PairCrossings(neighbours.Up(v), neighbours.Up(w));
                var (down, downSwapped) = LayerOrdering.PairCrossings(neighbours.Down(v), neighbours.Down(w));
                gain += up + down - upSwapped - downSwapped;
                if (p == from)
                {
                    current = gain;
                }

                if (gain > bestGain)
                {
                    (best, bestGain) = (p, gain);
                }
            }

            // Only a strict gain moves v, so ties keep the order.
            var target = bestGain > current ? best : from;
            members.Insert(target, v);
            Renumber(members, position, Math.Min(from, target), Math.Max(from, target));
        }
    }

    private static void Renumber(List<int> members, int[] position, int first = 0, int last = int.MaxValue)
    {
        for (var i = first; i <= last && i < members.Count; i++)
        {
            position[members[i]] = i;
        }
    }
}
