using System.Globalization;
using System.Text;
using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Styling;

namespace ChipChain.Rendering.Mermaid;

/// <summary>
/// Writes a Mermaid <c>flowchart LR</c> ready to paste into Markdown: sanitised node ids, escaped labels, one
/// <c>classDef</c> per colour and per highlight, affected links emphasised with <c>linkStyle</c>.
/// </summary>
public static class MermaidWriter
{
    /// <summary>Writes the Mermaid text.</summary>
    /// <param name="graph">What to draw.</param>
    /// <param name="options">Title, colours and highlights.</param>
    /// <param name="markdownFence">Wrap the diagram in a <c>```mermaid</c> fence (for a <c>.md</c> file).</param>
    /// <returns>The Mermaid text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Write(DiagramGraph graph, DiagramOptions options, bool markdownFence = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        var style = new DiagramStyle(graph, options);
        var sb = new StringBuilder();
        if (markdownFence)
        {
            sb.Append("```mermaid\n");
        }

        if (options.Title is { } title)
        {
            // Front matter is YAML: the title is a double-quoted scalar, or a colon in it would break the diagram.
            sb.Append($"---\ntitle: {YamlString(title)}\n---\n");
        }

        sb.Append("flowchart LR\n");
        foreach (var node in graph.Nodes)
        {
            sb.Append($"  {Id(node.Id)}[\"{Label(node.DisplayName)}\"]\n");
        }

        foreach (var edge in graph.Edges)
        {
            var label = EdgeLabelText.For(edge, options.Labels) is { } text ? $"|\"{Label(text)}\"|" : string.Empty;
            sb.Append($"  {Id(edge.SupplierId)} -->{label} {Id(edge.ConsumerId)}\n");
        }

        var classes = new SortedDictionary<string, (NodeStyle Style, List<string> Ids)>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            var s = style.For(node);
            if (!classes.TryGetValue(s.ClassName, out var entry))
            {
                classes[s.ClassName] = entry = (s, []);
            }

            entry.Ids.Add(Id(node.Id));
        }

        foreach (var (name, (s, ids)) in classes)
        {
            sb.Append($"  classDef {name} fill:{s.Fill},stroke:{s.Stroke},stroke-width:{s.StrokeWidth.ToString(CultureInfo.InvariantCulture)}px,color:{s.Text}\n");
            sb.Append($"  class {string.Join(",", ids)} {name}\n");
        }

        foreach (var role in new[] { NodeHighlight.SinglePointOfFailure, NodeHighlight.CutSetMember })
        {
            var edges = graph.Edges.Where(e => style.For(e).Role == role).Select(e => e.Index.ToString(CultureInfo.InvariantCulture)).ToList();
            if (edges.Count > 0)
            {
                var color = role == NodeHighlight.SinglePointOfFailure ? DiagramStyle.SpofLinkColor : DiagramStyle.CutLinkColor;
                sb.Append($"  linkStyle {string.Join(",", edges)} stroke:{color},stroke-width:2.5px\n");
            }
        }

        WriteLegend(sb, DiagramLegend.Entries(graph, style));
        if (markdownFence)
        {
            sb.Append("```\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// The legend, as the SVG draws it: a subgraph of one box per entry, stacked, each styled with its swatch (a
    /// heading as plain text). Its ids cannot meet a node's, which all start with "n_".
    /// </summary>
    private static void WriteLegend(StringBuilder sb, IReadOnlyList<LegendEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        sb.Append("  subgraph legend [\"legend\"]\n    direction TB\n");
        for (var i = 0; i < entries.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"    legend_{i}[\"{Label(entries[i].Label)}\"]\n");
        }

        sb.Append("  end\n");
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var id = i.ToString(CultureInfo.InvariantCulture);
            sb.Append(entry.Fill is null
                ? $"  style legend_{id} fill:#ffffff,stroke:#ffffff,color:#555555\n"
                : $"  style legend_{id} fill:{entry.Fill},stroke:{entry.Stroke},stroke-width:{entry.StrokeWidth.ToString(CultureInfo.InvariantCulture)}px\n");
        }
    }

    /// <summary>A Mermaid node id: "n_" and the id with every character outside [A-Za-z0-9] encoded (one-to-one, never a keyword).</summary>
    internal static string Id(string id) => "n_" + Identifiers.Safe(id);

    /// <summary>A YAML double-quoted string: backslashes and quotes escaped, control characters as spaces.</summary>
    internal static string YamlString(string text) =>
        "\"" + string.Concat(text.Select(c => c switch
        {
            '\\' => "\\\\",
            '"' => "\\\"",
            _ when char.IsControl(c) => " ",
            _ => c.ToString(),
        })) + "\"";

    /// <summary>A label for a quoted Mermaid string: quotes, markup and '#' as Mermaid entity codes, control characters as spaces.</summary>
    internal static string Label(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '#' => "#35;",
                '"' => "#quot;",
                '<' => "#lt;",
                '>' => "#gt;",
                '&' => "#amp;",
                '`' => "#96;",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
