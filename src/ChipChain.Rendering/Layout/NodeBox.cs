namespace ChipChain.Rendering.Layout;

/// <summary>Where a node is drawn: its box (top-left corner and size) and its label lines.</summary>
/// <param name="NodeId">The node's id.</param>
/// <param name="X">The left edge.</param>
/// <param name="Y">The top edge.</param>
/// <param name="Width">The width.</param>
/// <param name="Height">The height.</param>
/// <param name="Lines">The label, split into the lines drawn.</param>
public sealed record NodeBox(string NodeId, double X, double Y, double Width, double Height, IReadOnlyList<string> Lines)
{
    /// <summary>Whether the box is drawn small (smaller text and padding): structure on the critical view's paths.</summary>
    public bool Small { get; init; }

    /// <summary>The label's font size in pixels.</summary>
    public double FontSize => Small ? LabelMetrics.SmallFontSize : LabelMetrics.FontSize;

    /// <summary>The distance between the label's lines in pixels.</summary>
    public double LineHeight => Small ? LabelMetrics.SmallLineHeight : LabelMetrics.LineHeight;

    /// <summary>The right edge.</summary>
    public double Right => X + Width;

    /// <summary>The bottom edge.</summary>
    public double Bottom => Y + Height;

    /// <summary>The centre.</summary>
    public LayoutPoint Center => new(X + (Width / 2), Y + (Height / 2));
}
