using System.Globalization;
using System.Text;
using ChipChain.Model;
using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Styling;

namespace ChipChain.Rendering.Dot;

/// <summary>
/// Writes a Graphviz digraph (<c>rankdir=LR</c>) with the same colours and highlights as the SVG; with
/// <see cref="DiagramOptions.Cluster"/>, one cluster per kind. Ids and labels are quoted and escaped.
/// </summary>
public static class DotWriter
{
    /// <summary>Writes the DOT text.</summary>
    /// <param name="graph">What to draw.</param>
    /// <param name="options">Title, colours, clusters and highlights.</param>
    /// <returns>The DOT text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Write(DiagramGraph graph, DiagramOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        var style = new DiagramStyle(graph, options);
        var sb = new StringBuilder();
        sb.Append($"digraph {Label(options.Title ?? graph.Graph.Name ?? "supply graph")} {{\n");
        sb.Append("  graph [rankdir=LR, fontname=\"Helvetica\", nodesep=0.25, ranksep=0.6");
        if (options.Title is { } title)
        {
            sb.Append($", label={Label(title)}, labelloc=t, fontsize=18");
        }

        sb.Append("];\n");
        sb.Append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=12];\n");
        sb.Append($"  edge [color=\"{DiagramStyle.LinkColor}\", arrowsize=0.7];\n");
        if (options.Cluster)
        {
            var groups = graph.Nodes.GroupBy(n => n.Kind ?? NodeKinds.Other, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                sb.Append($"  subgraph {Quote("cluster_" + group.Key)} {{\n    graph [label={Label(group.Key)}, style=\"rounded,dashed\", color=\"#aaaaaa\", fontcolor=\"#555555\"];\n");
                foreach (var node in group)
                {
                    WriteNode(sb, graph, node, style, "    ");
                }

                sb.Append("  }\n");
            }
        }
        else
        {
            foreach (var node in graph.Nodes)
            {
                WriteNode(sb, graph, node, style, "  ");
            }
        }

        foreach (var edge in graph.Edges)
        {
            var (color, width, role) = style.For(edge);
            var items = EdgeLabelText.Tooltip(edge);
            sb.Append($"  {Quote(edge.SupplierId)} -> {Quote(edge.ConsumerId)} [tooltip={Label(items)}");
            if (EdgeLabelText.For(edge, options.Labels) is { } label)
            {
                sb.Append($", label={Label(label)}, fontsize=9");
            }

            if (role != NodeHighlight.None)
            {
                sb.Append($", color=\"{color}\", penwidth={Svg.XmlText.Number(width)}");
            }

            sb.Append("];\n");
        }

        WriteLegend(sb, graph, DiagramLegend.Entries(graph, style));
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>
    /// The legend, as the SVG draws it: one plain node whose label is a table of swatches (a Graphviz HTML-like
    /// label), under an id no node of the graph has.
    /// </summary>
    private static void WriteLegend(StringBuilder sb, DiagramGraph graph, IReadOnlyList<LegendEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var ids = graph.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var id = "legend";
        while (ids.Contains(id))
        {
            id = "_" + id;
        }

        sb.Append($"  {Quote(id)} [shape=plaintext, style=\"\", fontsize=10, tooltip=\"legend\", label=<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"1\">");
        sb.Append("<tr><td colspan=\"2\" align=\"left\"><b>legend</b></td></tr>");
        foreach (var entry in entries)
        {
            if (entry.Fill is null)
            {
                sb.Append($"<tr><td colspan=\"2\" align=\"left\"><font color=\"#555555\">{Html(entry.Label)}</font></td></tr>");
                continue;
            }

            var border = Math.Max(1, (int)Math.Round(entry.StrokeWidth));
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td width=\"14\" height=\"{(int)entry.Height}\" fixedsize=\"true\" bgcolor=\"{entry.Fill}\" color=\"{entry.Stroke}\" border=\"{border}\"></td><td align=\"left\">{Html(entry.Label)}</td></tr>");
        }

        sb.Append("</table>>];\n");
    }

    /// <summary>Text for a Graphviz HTML-like label: markup characters as entities, control characters as spaces.</summary>
    private static string Html(string text) => string.Concat(text.Select(c => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ when char.IsControl(c) => " ",
        _ => c.ToString(),
    }));

    private static void WriteNode(StringBuilder sb, DiagramGraph graph, Node node, DiagramStyle style, string indent)
    {
        var s = style.For(node);
        var tooltip = string.Join(", ", new[] { node.Id, node.Kind, node.Country }.OfType<string>());
        sb.Append($"{indent}{Quote(node.Id)} [label={Label(node.DisplayName)}, fillcolor=\"{s.Fill}\", color=\"{s.Stroke}\", fontcolor=\"{s.Text}\", tooltip={Label(tooltip)}");
        if (s.StrokeWidth > 1)
        {
            sb.Append($", penwidth={Svg.XmlText.Number(s.StrokeWidth)}");
        }

        sb.Append("];\n");
    }

    /// <summary>
    /// A DOT double-quoted id, one-to-one so that distinct ids stay distinct nodes: quotes and backslashes escaped,
    /// each control character as <c>\xNN</c> (unambiguous because a literal backslash is always doubled).
    /// </summary>
    internal static string Quote(string text) => Escape(text, c => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"));

    /// <summary>A DOT double-quoted label (or title, tooltip): as <see cref="Quote"/>, but a line break draws as one and other control characters as spaces.</summary>
    internal static string Label(string text) => Escape(text, c => c is '\n' ? "\\n" : " ");

    private static string Escape(string text, Func<char, string> control)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => control(c),
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
