using System.Text;

namespace ChipChain.Rendering.Layout;

/// <summary>
/// Box sizes from label text. Without a font engine the width is estimated from character classes of a typical
/// sans-serif face (Helvetica/Arial advance widths, in ems), which is close enough to size boxes.
/// </summary>
internal static class LabelMetrics
{
    public const double FontSize = 12;
    public const double LineHeight = 15;
    public const double PaddingX = 10;
    public const double PaddingY = 7;
    public const double SmallFontSize = 9;
    public const double SmallLineHeight = 11;
    private const double SmallPaddingX = 5;
    private const double SmallPaddingY = 3;
    /// <summary>The distance between the ends of two links on one side of a box.</summary>
    public const double PortSpacing = 4;
    private const double MaxPortHeight = 96;
    private const int WrapAbove = 22;

    /// <summary>The estimated width of <paramref name="text"/> at <paramref name="fontSize"/> pixels.</summary>
    public static double TextWidth(string text, double fontSize = FontSize)
    {
        var ems = 0.0;
        foreach (var c in text)
        {
            ems += c switch
            {
                'i' or 'j' or 'l' or '.' or ',' or '\'' or '|' or '!' or ':' or ';' => 0.25,
                'f' or 't' or 'r' or 'I' or ' ' or '(' or ')' or '[' or ']' or '/' or '-' => 0.34,
                'm' or 'w' or 'M' or 'W' => 0.86,
                >= 'A' and <= 'Z' => 0.68,
                >= '0' and <= '9' => 0.56,
                >= 'a' and <= 'z' => 0.53,
                < (char)128 => 0.58,
                _ => 0.9,
            };
        }

        return ems * fontSize;
    }

    /// <summary>Splits a long label into two lines at the space nearest its middle.</summary>
    public static IReadOnlyList<string> Lines(string label)
    {
        if (label.Length <= WrapAbove)
        {
            return [label];
        }

        var best = -1;
        for (var i = 0; i < label.Length; i++)
        {
            if (label[i] == ' ' && (best < 0 || Math.Abs(i - (label.Length / 2)) < Math.Abs(best - (label.Length / 2))))
            {
                best = i;
            }
        }

        return best < 0 ? [label] : [label[..best], label[(best + 1)..]];
    }

    /// <summary>The box size for a label split into <paramref name="lines"/>.</summary>
    public static (double Width, double Height) BoxSize(IReadOnlyList<string> lines) => BoxSize(lines, small: false);

    /// <summary>The box size for a label split into <paramref name="lines"/>, normal or small.</summary>
    public static (double Width, double Height) BoxSize(IReadOnlyList<string> lines, bool small)
    {
        var width = lines.Max(l => TextWidth(l, small ? SmallFontSize : FontSize));
        return small
            ? (Math.Ceiling(width + (2 * SmallPaddingX)), (lines.Count * SmallLineHeight) + (2 * SmallPaddingY))
            : (Math.Ceiling(width + (2 * PaddingX)), (lines.Count * LineHeight) + (2 * PaddingY));
    }

    /// <summary>
    /// The boxes of every drawn node, placed at the origin (engines move them). A node with many links on one side
    /// gets a taller box, so the arrows reaching it stay apart.
    /// </summary>
    public static NodeBox[] Boxes(DiagramGraph graph)
    {
        var inDegree = new int[graph.NodeCount];
        var outDegree = new int[graph.NodeCount];
        foreach (var edge in graph.Edges)
        {
            outDegree[edge.Source]++;
            inDegree[edge.Target]++;
        }

        var boxes = new NodeBox[graph.NodeCount];
        for (var i = 0; i < boxes.Length; i++)
        {
            var node = graph.Nodes[i];
            var lines = Lines(Normalize(node.DisplayName));
            var small = graph.IsSmallAt(i);
            var (w, h) = BoxSize(lines, small);
            var ports = Math.Max(inDegree[i], outDegree[i]);
            h = Math.Max(h, Math.Min(MaxPortHeight, ((ports - 1) * PortSpacing) + 12));
            boxes[i] = new NodeBox(node.Id, 0, 0, w, h, lines) { Small = small };
        }

        return boxes;
    }

    /// <summary>Labels are drawn on one line each: control characters become spaces.</summary>
    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(char.IsControl(c) ? ' ' : c);
        }

        return sb.ToString().Trim() is { Length: > 0 } t ? t : "?";
    }
}
