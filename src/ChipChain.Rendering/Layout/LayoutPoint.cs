namespace ChipChain.Rendering.Layout;

/// <summary>A point of a drawing, in pixels; y grows downwards.</summary>
/// <param name="X">The horizontal coordinate.</param>
/// <param name="Y">The vertical coordinate.</param>
public readonly record struct LayoutPoint(double X, double Y);
