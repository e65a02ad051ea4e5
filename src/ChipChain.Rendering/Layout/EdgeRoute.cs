namespace ChipChain.Rendering.Layout;

/// <summary>
/// The path of one <see cref="DiagramEdge"/>: a chain of cubic Bézier pieces, start point first and then three points
/// (two control points and an end point) per piece. It starts on the supplier's box and ends on the consumer's box,
/// where the arrowhead goes.
/// </summary>
/// <param name="EdgeIndex">The edge's index in <see cref="DiagramGraph.Edges"/>.</param>
/// <param name="Points">The start point followed by 3 points per Bézier piece.</param>
public sealed record EdgeRoute(int EdgeIndex, IReadOnlyList<LayoutPoint> Points)
{
    /// <summary>Where the centre of the edge's label goes (<see langword="null"/> when it has none).</summary>
    public LayoutPoint? LabelAt { get; init; }

    /// <summary>Where the path starts (on the supplier's box).</summary>
    public LayoutPoint Start => Points[0];

    /// <summary>Where the path ends (on the consumer's box).</summary>
    public LayoutPoint End => Points[^1];
}
