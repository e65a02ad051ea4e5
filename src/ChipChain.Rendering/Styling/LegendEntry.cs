namespace ChipChain.Rendering.Styling;

/// <summary>One legend entry: a swatch (none for a heading) and its text.</summary>
/// <param name="Label">The text.</param>
/// <param name="Fill">The swatch's fill, or null for a heading without a swatch.</param>
/// <param name="Stroke">The swatch's border colour.</param>
/// <param name="Height">The swatch's height in pixels (a small box is drawn lower).</param>
/// <param name="StrokeWidth">The swatch's border width.</param>
internal sealed record LegendEntry(string Label, string? Fill, string Stroke, double Height = 14, double StrokeWidth = 1);
