using System.Globalization;
using System.Text;
using ChipChain.Model;
using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Layout;
using ChipChain.Rendering.Styling;
using static ChipChain.Rendering.Svg.XmlText;

namespace ChipChain.Rendering.Svg;

/// <summary>
/// Writes a laid-out diagram as a standalone SVG: title, legend, links (curves with arrowheads) under node boxes,
/// a <c>&lt;title&gt;</c> tooltip on every node and link, and <c>id</c>/<c>data-*</c> attributes with the model ids.
/// Plain text with escaping and invariant numbers: the same input gives the same bytes.
/// </summary>
public static class SvgDiagramWriter
{
    private const double Margin = 16;
    private const double TitleHeight = 30;
    private const double LegendRow = 20;
    private const double LegendFont = 11;
    private const string Font = "Helvetica, Arial, sans-serif";

    /// <summary>Writes the SVG document.</summary>
    /// <param name="graph">What is drawn.</param>
    /// <param name="layout">Where it is drawn (from either engine).</param>
    /// <param name="options">Title, colours and highlights.</param>
    /// <returns>The SVG text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Write(DiagramGraph graph, DiagramLayout layout, DiagramOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(options);
        var style = new DiagramStyle(graph, options);
        var legend = DiagramLegend.Entries(graph, style).ToList();
        if (LeftOutLabels(graph, layout, options) is { } leftOut)
        {
            legend.Add(new LegendEntry(leftOut, null, string.Empty));
        }

        var width = Math.Max(layout.Width + (2 * Margin), 520);
        var legendRows = LayoutLegend(legend, width - (2 * Margin));
        var top = Margin + (options.Title is null ? 0 : TitleHeight) + (legendRows.Count * LegendRow) + 10;
        var height = top + layout.Height + Margin;

        var sb = new StringBuilder(4096 + (graph.NodeCount * 600));
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Number(width)}\" height=\"{Number(height)}\" viewBox=\"0 0 {Number(width)} {Number(height)}\" font-family=\"{Font}\" font-size=\"{Number(LabelMetrics.FontSize)}\">\n");
        sb.Append($"<title>{Escape(options.Title ?? graph.Graph.Name ?? "Supply graph")}</title>\n");
        WriteDefs(sb);
        sb.Append($"<rect class=\"background\" x=\"0\" y=\"0\" width=\"{Number(width)}\" height=\"{Number(height)}\" fill=\"#ffffff\"/>\n");
        if (options.Title is { } title)
        {
            sb.Append($"<text class=\"diagram-title\" x=\"{Number(Margin)}\" y=\"{Number(Margin + 18)}\" font-size=\"18\" font-weight=\"bold\">{Escape(title)}</text>\n");
        }

        WriteLegend(sb, legendRows, Margin + (options.Title is null ? 0 : TitleHeight));
        sb.Append($"<g class=\"diagram\" transform=\"translate({Number(Margin)} {Number(top)})\">\n");
        WriteLinks(sb, graph, layout, style);
        WriteNodes(sb, graph, layout, style);
        WriteLinkLabels(sb, graph, layout, style);
        sb.Append("</g>\n</svg>\n");
        return sb.ToString();
    }

    private static void WriteDefs(StringBuilder sb)
    {
        sb.Append("<defs>\n");
        foreach (var (id, color) in new[] { ("arrow", DiagramStyle.LinkColor), ("arrow-spof", DiagramStyle.SpofLinkColor), ("arrow-cutset", DiagramStyle.CutLinkColor) })
        {
            sb.Append($"<marker id=\"{id}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{color}\"/></marker>\n");
        }

        sb.Append("</defs>\n");
    }

    private static void WriteLinks(StringBuilder sb, DiagramGraph graph, DiagramLayout layout, DiagramStyle style)
    {
        sb.Append("<g class=\"links\" fill=\"none\">\n");

        // Highlighted links go last so they are drawn over the others.
        var order = graph.Edges.OrderBy(e => style.For(e).Role == NodeHighlight.None ? 0 : style.For(e).Role == NodeHighlight.CutSetMember ? 1 : 2).ThenBy(e => e.Index);
        foreach (var edge in order)
        {
            var (color, strokeWidth, role) = style.For(edge);
            var supplier = graph.Nodes[edge.Source];
            var consumer = graph.Nodes[edge.Target];
            var (cls, marker) = role switch
            {
                NodeHighlight.SinglePointOfFailure => ("link affected spof", "arrow-spof"),
                NodeHighlight.CutSetMember => ("link affected cutset", "arrow-cutset"),
                _ => ("link", "arrow"),
            };
            var items = EdgeLabelText.Tooltip(edge);
            sb.Append($"<path id=\"link-{edge.Index}\" class=\"{cls}\" data-supplier=\"{Escape(edge.SupplierId)}\" data-consumer=\"{Escape(edge.ConsumerId)}\" data-items=\"{Escape(string.Join(" ", edge.Items))}\" data-links=\"{string.Join(" ", edge.LinkIndices)}\"");
            sb.Append($" d=\"{PathData(layout.Routes[edge.Index])}\" stroke=\"{color}\" stroke-width=\"{Number(strokeWidth)}\"{(role == NodeHighlight.None ? " stroke-opacity=\"0.7\"" : string.Empty)} marker-end=\"url(#{marker})\">");
            sb.Append($"<title>{Escape($"{supplier.DisplayName} \u2192 {consumer.DisplayName}: {items}")}</title></path>\n");
        }

        sb.Append("</g>\n");
    }

    /// <summary>What the legend says when some link labels had no free place, or null when every label is drawn.</summary>
    private static string? LeftOutLabels(DiagramGraph graph, DiagramLayout layout, DiagramOptions options)
    {
        var labelled = graph.Edges.Where(e => EdgeLabelText.For(e, options.Labels) is not null).ToList();
        var (asked, drawn) = (labelled.Count, labelled.Count(e => layout.Routes[e.Index].LabelAt is not null));
        return drawn == asked ? null : string.Create(CultureInfo.InvariantCulture, $"{asked - drawn} of {asked} link labels left out where they would overlap (a link's tooltip names its items)");
    }

    /// <summary>Link labels go over the boxes, each on a white halo so that the links under it do not cross its text.</summary>
    private static void WriteLinkLabels(StringBuilder sb, DiagramGraph graph, DiagramLayout layout, DiagramStyle style)
    {
        var labelled = graph.Edges.Where(e => layout.Routes[e.Index].LabelAt is not null && EdgeLabelText.For(e, style.Options.Labels) is not null).ToList();
        if (labelled.Count == 0)
        {
            return;
        }

        sb.Append($"<g class=\"link-labels\" font-size=\"{Number(LayeredLayout.LabelFontSize)}\" text-anchor=\"middle\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\">\n");
        foreach (var edge in labelled)
        {
            var at = layout.Routes[edge.Index].LabelAt!.Value;
            var (color, _, role) = style.For(edge);
            var fill = role == NodeHighlight.None ? "#444444" : color;
            sb.Append($"<text class=\"link-label\" data-link=\"link-{edge.Index}\" x=\"{Number(at.X)}\" y=\"{Number(at.Y + 3)}\" fill=\"{fill}\">{Escape(EdgeLabelText.For(edge, style.Options.Labels)!)}</text>\n");
        }

        sb.Append("</g>\n");
    }

    private static void WriteNodes(StringBuilder sb, DiagramGraph graph, DiagramLayout layout, DiagramStyle style)
    {
        sb.Append("<g class=\"nodes\">\n");

        // Each box's tooltip lists what it supplies: group the edges by supplier once, not once per box.
        var bySupplier = graph.Edges.ToLookup(e => e.SupplierId, StringComparer.Ordinal);
        for (var i = 0; i < graph.NodeCount; i++)
        {
            var node = graph.Nodes[i];
            var box = layout.Boxes[i];
            var s = style.For(node);
            var role = style.Highlights.RoleOf(node.Id);
            sb.Append($"<g id=\"node-{Identifiers.Safe(node.Id)}\" class=\"node {s.ClassName}\" data-id=\"{Escape(node.Id)}\" data-kind=\"{Escape(node.Kind ?? string.Empty)}\" data-country=\"{Escape(node.Country ?? string.Empty)}\"");
            if (role != NodeHighlight.None)
            {
                sb.Append($" data-highlight=\"{RoleName(role)}\"");
            }

            sb.Append($"><title>{Escape(Tooltip(bySupplier[node.Id], node, role, style.Highlights.Target))}</title>");
            sb.Append($"<rect x=\"{Number(box.X)}\" y=\"{Number(box.Y)}\" width=\"{Number(box.Width)}\" height=\"{Number(box.Height)}\" rx=\"5\" fill=\"{s.Fill}\" stroke=\"{s.Stroke}\" stroke-width=\"{Number(s.StrokeWidth)}\"/>");
            var font = box.Small ? $" font-size=\"{Number(box.FontSize)}\"" : string.Empty;
            for (var k = 0; k < box.Lines.Count; k++)
            {
                var textTop = box.Y + ((box.Height - (box.Lines.Count * box.LineHeight)) / 2);
                var baseline = textTop + (k * box.LineHeight) + (box.Small ? 8.6 : 11.5);
                sb.Append($"<text x=\"{Number(box.X + (box.Width / 2))}\" y=\"{Number(baseline)}\" text-anchor=\"middle\" fill=\"{s.Text}\"{font}>{Escape(box.Lines[k])}</text>");
            }

            sb.Append("</g>\n");
        }

        sb.Append("</g>\n");
    }

    private static string Tooltip(IEnumerable<DiagramEdge> supplied, Node node, NodeHighlight role, string target)
    {
        var lines = new List<string> { node.DisplayName == node.Id ? node.Id : $"{node.DisplayName} ({node.Id})" };
        var facts = new List<string>();
        if (node.Kind is { } kind)
        {
            facts.Add($"kind: {kind}");
        }

        if (node.Country is { } country)
        {
            facts.Add($"country: {country}");
        }

        if (node.Requires == Requirement.Any)
        {
            facts.Add("requires any supplier");
        }

        if (facts.Count > 0)
        {
            lines.Add(string.Join(", ", facts));
        }

        var supplies = supplied.SelectMany(e => e.Items).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (supplies.Count > 0)
        {
            lines.Add("supplies: " + string.Join(", ", supplies));
        }

        lines.Add(role switch
        {
            NodeHighlight.SinglePointOfFailure => $"single point of failure of {target}",
            NodeHighlight.CutSetMember => $"member of an order-2 cut set of {target}",
            NodeHighlight.Target => "analysis target",
            _ => string.Empty,
        });
        return string.Join("\n", lines.Where(l => l.Length > 0));
    }

    private static string RoleName(NodeHighlight role) => role switch
    {
        NodeHighlight.SinglePointOfFailure => "spof",
        NodeHighlight.CutSetMember => "cutset",
        _ => "target",
    };

    private static string PathData(EdgeRoute route)
    {
        var p = route.Points;
        var sb = new StringBuilder($"M{Number(p[0].X)},{Number(p[0].Y)}");
        for (var i = 1; i + 2 < p.Count; i += 3)
        {
            sb.Append($" C{Number(p[i].X)},{Number(p[i].Y)} {Number(p[i + 1].X)},{Number(p[i + 1].Y)} {Number(p[i + 2].X)},{Number(p[i + 2].Y)}");
        }

        return sb.ToString();
    }

    /// <summary>Flows the legend entries into rows no wider than <paramref name="width"/>.</summary>
    private static List<List<(LegendEntry Entry, double X)>> LayoutLegend(List<LegendEntry> entries, double width)
    {
        var rows = new List<List<(LegendEntry, double)>>();
        var x = width;
        foreach (var entry in entries)
        {
            var w = (entry.Fill is null ? 0 : 14 + 5) + LabelMetrics.TextWidth(entry.Label, LegendFont) + 16;
            if (x + w > width && (rows.Count == 0 || rows[^1].Count > 0))
            {
                rows.Add([]);
                x = 0;
            }

            rows[^1].Add((entry, x));
            x += w;
        }

        return rows;
    }

    private static void WriteLegend(StringBuilder sb, List<List<(LegendEntry Entry, double X)>> rows, double top)
    {
        if (rows.Count == 0)
        {
            return;
        }

        sb.Append($"<g class=\"legend\" font-size=\"{Number(LegendFont)}\">\n");
        for (var r = 0; r < rows.Count; r++)
        {
            var y = top + (r * LegendRow) + 4;
            foreach (var (entry, x) in rows[r])
            {
                if (entry.Fill is null)
                {
                    sb.Append($"<text x=\"{Number(Margin + x)}\" y=\"{Number(y + 11)}\" fill=\"#555555\">{Escape(entry.Label)}</text>\n");
                    continue;
                }

                var border = entry.StrokeWidth == 1 ? string.Empty : $" stroke-width=\"{Number(entry.StrokeWidth)}\"";
                sb.Append($"<rect x=\"{Number(Margin + x)}\" y=\"{Number(y + ((14 - entry.Height) / 2))}\" width=\"14\" height=\"{Number(entry.Height)}\" rx=\"3\" fill=\"{entry.Fill}\" stroke=\"{entry.Stroke}\"{border}/>");
                sb.Append($"<text x=\"{Number(Margin + x + 19)}\" y=\"{Number(y + 11)}\">{Escape(entry.Label)}</text>\n");
            }
        }

        sb.Append("</g>\n");
    }
}
