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
    /// <summary>The right edge.</summary>
    public double Right => X + Width;

    /// <summary>The bottom edge.</summary>
    public double Bottom => Y + Height;

    /// <summary>The centre.</summary>
    public LayoutPoint Center => new(X + (Width / 2), Y + (Height / 2));
}
