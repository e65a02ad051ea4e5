namespace ChipChain.Rendering.Layout;

/// <summary>
/// The sorted positions of the neighbours of one layer's vertices in the layers before and after it, kept in two
/// flat buffers that are refilled for each layer (no allocation per vertex or per pass).
/// </summary>
internal sealed class NeighbourPositions(LayeredGraph graph)
{
    private readonly int[] _up = new int[graph.SegmentCount];
    private readonly int[] _down = new int[graph.SegmentCount];
    private readonly int[] _upStart = new int[graph.VertexCount];
    private readonly int[] _downStart = new int[graph.VertexCount];

    /// <summary>Reads the neighbours of <paramref name="members"/> at their current positions.</summary>
    public void Load(List<int> members, int[] position)
    {
        var (up, down) = (0, 0);
        foreach (var v in members)
        {
            _upStart[v] = up;
            foreach (var (w, _) in graph.Up(v))
            {
                _up[up++] = position[w];
            }

            _up.AsSpan(_upStart[v], up - _upStart[v]).Sort();
            _downStart[v] = down;
            foreach (var (w, _) in graph.Down(v))
            {
                _down[down++] = position[w];
            }

            _down.AsSpan(_downStart[v], down - _downStart[v]).Sort();
        }
    }

    /// <summary>The sorted positions of <paramref name="v"/>'s neighbours in the layer before.</summary>
    public ReadOnlySpan<int> Up(int v) => _up.AsSpan(_upStart[v], graph.Up(v).Count);

    /// <summary>The sorted positions of <paramref name="v"/>'s neighbours in the layer after.</summary>
    public ReadOnlySpan<int> Down(int v) => _down.AsSpan(_downStart[v], graph.Down(v).Count);
}
