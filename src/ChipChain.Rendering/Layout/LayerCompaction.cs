namespace ChipChain.Rendering.Layout;

/// <summary>
/// Places the vertices of each layer along the layer (vertical positions in the left-to-right drawing) as close to
/// their neighbours as the order and the minimum gaps allow. Each step solves, exactly, the least-squares placement
/// of one layer against the weighted mean of its neighbours under the order and gap constraints (isotonic
/// regression by pool-adjacent-violators); sweeping the layers repeatedly packs the drawing tight and straightens
/// long edges. Each sweep is linear in the vertices and segments, and the number of sweeps is fixed.
/// </summary>
internal static class LayerCompaction
{
    public const double NodeGap = 12;
    private const double DummyGap = 6;
    private const int Sweeps = 24;

    /// <summary>The centre coordinate of every vertex along its layer, the smallest top at 0.</summary>
    public static double[] Place(LayeredGraph graph)
    {
        var centre = new double[graph.VertexCount];
        foreach (var members in graph.Layers)
        {
            var y = 0.0;
            for (var i = 0; i < members.Count; i++)
            {
                if (i > 0)
                {
                    y += Separation(graph, members[i - 1], members[i]);
                }

                centre[members[i]] = y;
            }

            // Centre each stack on 0 so the first sweep starts balanced.
            var shift = members.Count > 0 ? (centre[members[0]] + centre[members[^1]]) / 2 : 0;
            foreach (var v in members)
            {
                centre[v] -= shift;
            }
        }

        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            var down = sweep % 2 == 0;
            for (var k = 0; k < graph.LayerCount; k++)
            {
                var l = down ? k : graph.LayerCount - 1 - k;
                PlaceLayer(graph, graph.Layers[l], centre, sweep >= Sweeps - 2 ? Side.Both : down ? Side.Up : Side.Down);
            }
        }

        var top = double.MaxValue;
        for (var v = 0; v < centre.Length; v++)
        {
            top = Math.Min(top, centre[v] - (graph.HeightOf(v) / 2));
        }

        for (var v = 0; v < centre.Length; v++)
        {
            centre[v] -= top;
        }

        return centre;
    }

    /// <summary>The minimum distance between the centres of two vertices next to each other in a layer.</summary>
    public static double Separation(LayeredGraph graph, int upper, int lower)
    {
        var gap = graph.IsDummy(upper) && graph.IsDummy(lower) ? DummyGap : graph.IsDummy(upper) || graph.IsDummy(lower) ? (NodeGap + DummyGap) / 2 : NodeGap;
        return ((graph.HeightOf(upper) + graph.HeightOf(lower)) / 2) + gap;
    }

    private static void PlaceLayer(LayeredGraph graph, List<int> members, double[] centre, Side side)
    {
        var n = members.Count;
        if (n == 0)
        {
            return;
        }

        var target = new double[n];
        var weight = new double[n];
        var offset = 0.0;
        for (var i = 0; i < n; i++)
        {
            var v = members[i];
            if (i > 0)
            {
                offset += Separation(graph, members[i - 1], v);
            }

            var (sum, w) = (0.0, 0.0);
            if (side != Side.Down)
            {
                Accumulate(graph.Up(v), centre, ref sum, ref w);
            }

            if (side != Side.Up)
            {
                Accumulate(graph.Down(v), centre, ref sum, ref w);
            }

            // A vertex with no neighbour on this side stays put (with a small weight, so others can move it).
            (target[i], weight[i]) = w > 0 ? ((sum / w) - offset, w) : (centre[v] - offset, 0.01);
        }

        var z = Isotonic(target, weight);
        offset = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0)
            {
                offset += Separation(graph, members[i - 1], members[i]);
            }

            centre[members[i]] = z[i] + offset;
        }
    }

    private static void Accumulate(List<(int Vertex, double Weight)> neighbours, double[] centre, ref double sum, ref double weight)
    {
        foreach (var (w, segmentWeight) in neighbours)
        {
            sum += centre[w] * segmentWeight;
            weight += segmentWeight;
        }
    }

    /// <summary>The non-decreasing sequence closest to <paramref name="target"/> in weighted least squares (pool adjacent violators).</summary>
    private static double[] Isotonic(double[] target, double[] weight)
    {
        var n = target.Length;
        var blockValue = new double[n];
        var blockWeight = new double[n];
        var blockSize = new int[n];
        var blocks = 0;
        for (var i = 0; i < n; i++)
        {
            blockValue[blocks] = target[i];
            blockWeight[blocks] = weight[i];
            blockSize[blocks] = 1;
            blocks++;
            while (blocks > 1 && blockValue[blocks - 2] > blockValue[blocks - 1])
            {
                var w = blockWeight[blocks - 2] + blockWeight[blocks - 1];
                blockValue[blocks - 2] = ((blockValue[blocks - 2] * blockWeight[blocks - 2]) + (blockValue[blocks - 1] * blockWeight[blocks - 1])) / w;
                blockWeight[blocks - 2] = w;
                blockSize[blocks - 2] += blockSize[blocks - 1];
                blocks--;
            }
        }

        var result = new double[n];
        var k = 0;
        for (var b = 0; b < blocks; b++)
        {
            for (var j = 0; j < blockSize[b]; j++)
            {
                result[k++] = blockValue[b];
            }
        }

        return result;
    }

    private enum Side
    {
        Up,
        Down,
        Both,
    }
}
