namespace ChipChain.Rendering.Layout;

/// <summary>
/// A link label to place: the link's S-curve across a gap (a cubic Bézier from <see cref="P0"/> to <see cref="P3"/>),
/// the gap's index and horizontal extent, and the label's width.
/// </summary>
internal readonly record struct LabelRequest(LayoutPoint P0, LayoutPoint P1, LayoutPoint P2, LayoutPoint P3, int Gap, double GapLeft, double GapRight, double Width)
{
    /// <summary>The point of the curve at <paramref name="t"/> (0 at its start, 1 at its end).</summary>
    public LayoutPoint At(double t)
    {
        var u = 1 - t;
        var (a, b, c, d) = (u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t);
        return new LayoutPoint((a * P0.X) + (b * P1.X) + (c * P2.X) + (d * P3.X), (a * P0.Y) + (b * P1.Y) + (c * P2.Y) + (d * P3.Y));
    }
}
