namespace ChipChain.Rendering.Layout;

/// <summary>
/// Counts the crossings between the segments of adjacent layers of a proper layered graph, after Barth, Jünger and
/// Mutzel (2002): list each layer's segments by their upper end, then by their lower end, and count the inversions
/// of the lower ends with a Fenwick tree. O(E log V) per count, with buffers reused between counts.
/// </summary>
internal sealed class CrossingCounter(LayeredGraph graph)
{
    private readonly int[] _lowerEnds = new int[graph.SegmentCount];
    private readonly int[] _tree = new int[graph.VertexCount + 1];

    /// <summary>The number of crossings in the order given by <paramref name="position"/>.</summary>
    public long Count(int[] position)
    {
        var total = 0L;
        for (var l = 0; l + 1 < graph.LayerCount; l++)
        {
            var count = 0;
            foreach (var v in graph.Layers[l])
            {
                var start = count;
                foreach (var (w, _) in graph.Down(v))
                {
                    _lowerEnds[count++] = position[w];
                }

                _lowerEnds.AsSpan(start, count - start).Sort();
            }

            var size = graph.Layers[l + 1].Count;
            Array.Clear(_tree, 0, size + 1);
            for (var i = 0; i < count; i++)
            {
                // Segments inserted so far whose lower end lies below this one's cross it.
                total += i - Prefix(_lowerEnds[i] + 1);
                for (var j = _lowerEnds[i] + 1; j <= size; j += j & -j)
                {
                    _tree[j]++;
                }
            }
        }

        return total;
    }

    private int Prefix(int end)
    {
        var sum = 0;
        for (var j = end; j > 0; j -= j & -j)
        {
            sum += _tree[j];
        }

        return sum;
    }
}
