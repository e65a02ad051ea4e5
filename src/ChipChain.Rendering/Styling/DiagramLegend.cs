using ChipChain.Rendering.Highlighting;

namespace ChipChain.Rendering.Styling;

/// <summary>What a diagram's legend says, the same in every format that draws one (SVG, DOT, Mermaid).</summary>
internal static class DiagramLegend
{
    /// <summary>What the fills mean (a heading with no swatch), then the highlights, then small boxes when drawn.</summary>
    /// <param name="graph">What is drawn.</param>
    /// <param name="style">Its colours and highlights.</param>
    /// <returns>The entries, in order; none when there is nothing to explain.</returns>
    public static IReadOnlyList<LegendEntry> Entries(DiagramGraph graph, DiagramStyle style)
    {
        List<LegendEntry> entries = [];
        if (style.Legend.Count > 0)
        {
            entries.Add(new LegendEntry(style.LegendHeading, null, string.Empty));
            entries.AddRange(style.Legend.Select(l => new LegendEntry(l.Label, l.Fill, "#555555")));
        }

        entries.AddRange(style.HighlightLegend.Select(h => new LegendEntry(h.Label, h.Fill, h.Stroke)));
        if (style.Highlights.Mode != HighlightMode.None)
        {
            entries.Add(new LegendEntry($"{style.Highlights.Target} (bold border)", "#ffffff", "#000000", StrokeWidth: 2.5));
        }

        if (graph.Nodes.Any(n => graph.IsSmall(n.Id)))
        {
            entries.Add(new LegendEntry("small box: structure on a path", "#ffffff", "#555555", Height: 9));
        }

        return entries;
    }
}
