namespace ChipChain.Rendering.Styling;

/// <summary>The colours of one node box.</summary>
/// <param name="Fill">The fill colour (#rrggbb).</param>
/// <param name="Stroke">The border colour.</param>
/// <param name="StrokeWidth">The border width.</param>
/// <param name="Text">The label colour.</param>
/// <param name="ClassName">The style class the writers use (kind, country or highlight).</param>
internal sealed record NodeStyle(string Fill, string Stroke, double StrokeWidth, string Text, string ClassName);
