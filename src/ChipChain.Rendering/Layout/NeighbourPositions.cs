namespace ChipChain.Rendering.Layout;

/// <summary>
/// The sorted positions of the neighbours of one layer's vertices in the layers before and after it, kept in two
/// flat buffers that are refilled for each layer. Walking the adjacent layers in order hands every vertex its
/// neighbours' positions already sorted, so a refill is linear in the segments (no sorting, no allocation).
/// </summary>
internal sealed class NeighbourPositions(LayeredGraph graph)
{
    private readonly int[] _up = new int[graph.SegmentCount];
    private readonly int[] _down = new int[graph.SegmentCount];
    private readonly int[] _upStart = new int[graph.VertexCount];
    private readonly int[] _downStart = new int[graph.VertexCount];
    private readonly int[] _fill = new int[graph.VertexCount];

    /// <summary>Reads the neighbours of layer <paramref name="layer"/>'s vertices at their current positions.</summary>
    public void Load(int layer, int[] position)
    {
        var members = graph.Layers[layer];
        var (up, down) = (0, 0);
        foreach (var v in members)
        {
            _upStart[v] = up;
            up += graph.Up(v).Count;
            _downStart[v] = down;
            down += graph.Down(v).Count;
        }

        if (layer > 0)
        {
            foreach (var v in members)
            {
                _fill[v] = _upStart[v];
            }

            foreach (var u in graph.Layers[layer - 1])
            {
                foreach (var (v, _) in graph.Down(u))
                {
                    _up[_fill[v]++] = position[u];
                }
            }
        }

        if (layer + 1 < graph.LayerCount)
        {
            foreach (var v in members)
            {
                _fill[v] = _downStart[v];
            }

            foreach (var w in graph.Layers[layer + 1])
            {
                foreach (var (v, _) in graph.Up(w))
                {
                    _down[_fill[v]++] = position[w];
                }
            }
        }
    }

    /// <summary>The sorted positions of <paramref name="v"/>'s neighbours in the layer before.</summary>
    public ReadOnlySpan<int> Up(int v) => _up.AsSpan(_upStart[v], graph.Up(v).Count);

    /// <summary>The sorted positions of <paramref name="v"/>'s neighbours in the layer after.</summary>
    public ReadOnlySpan<int> Down(int v) => _down.AsSpan(_downStart[v], graph.Down(v).Count);
}
