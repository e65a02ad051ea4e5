using System.Globalization;
using System.Text;
using System.Text.Json;
using ChipChain.Rendering.Styling;

namespace ChipChain.Rendering.Layout;

/// <summary>
/// The layout made by Graphviz <c>dot</c>: the same box sizes as the built-in layout go in (fixed-size boxes),
/// positions and spline routes come back from <c>dot -Tjson</c>, and our own writers draw them, so both engines
/// give the same look.
/// </summary>
public static class GraphvizLayout
{
    private const double PointsPerInch = 72;

    /// <summary>The default time <c>dot</c> may take.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether Graphviz <c>dot</c> is on the PATH.</summary>
    /// <returns><see langword="true"/> when it can be used.</returns>
    public static bool IsAvailable() => GraphvizRunner.FindDot() is not null;

    /// <summary>Lays out <paramref name="graph"/> with Graphviz <c>dot</c>.</summary>
    /// <param name="graph">What to draw.</param>
    /// <param name="timeout">How long <c>dot</c> may run (default <see cref="DefaultTimeout"/>).</param>
    /// <param name="cancellationToken">Stops <c>dot</c> (it is killed).</param>
    /// <returns>The layout (<see cref="LayoutEngine.Graphviz"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="GraphvizException"><c>dot</c> is missing, failed, timed out or gave unreadable output.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; <c>dot</c> was killed.</exception>
    public static DiagramLayout Compute(DiagramGraph graph, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Compute(graph, EdgeLabelMode.None, timeout, cancellationToken);

    /// <summary>Lays out <paramref name="graph"/> with Graphviz <c>dot</c>, which also places the link labels.</summary>
    /// <param name="graph">What to draw.</param>
    /// <param name="labels">What the link labels say.</param>
    /// <param name="timeout">How long <c>dot</c> may run (default <see cref="DefaultTimeout"/>).</param>
    /// <param name="cancellationToken">Stops <c>dot</c> (it is killed).</param>
    /// <returns>The layout (<see cref="LayoutEngine.Graphviz"/>), with <see cref="EdgeRoute.LabelAt"/> set for labelled links.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="GraphvizException"><c>dot</c> is missing, failed, timed out or gave unreadable output.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; <c>dot</c> was killed.</exception>
    public static DiagramLayout Compute(DiagramGraph graph, EdgeLabelMode labels, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var boxes = LabelMetrics.Boxes(graph);
        if (graph.NodeCount == 0)
        {
            return new DiagramLayout(LayoutEngine.Graphviz, [], [], 0, 0);
        }

        var json = GraphvizRunner.Run(LayoutInput(graph, boxes, EdgeLabelText.All(graph, labels)), timeout ?? DefaultTimeout, cancellationToken, "-Tjson");
        try
        {
            return Parse(graph, boxes, json);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new GraphvizException($"cannot read the output of Graphviz 'dot -Tjson': {ex.Message}", ex);
        }
    }

    /// <summary>The DOT text handed to <c>dot</c>: dense names, fixed box sizes, no labels (we draw them).</summary>
    internal static string LayoutInput(DiagramGraph graph, IReadOnlyList<NodeBox> boxes, IReadOnlyList<string?>? labels = null)
    {
        var sb = new StringBuilder();
        sb.Append("digraph layout {\n  graph [rankdir=LR];\n  node [shape=box, fixedsize=true, label=\"\"];\n");
        for (var i = 0; i < boxes.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  n{i} [width={boxes[i].Width / PointsPerInch:0.####}, height={boxes[i].Height / PointsPerInch:0.####}];\n");
        }

        foreach (var edge in graph.Edges)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  n{edge.Source} -> n{edge.Target} [id=\"e{edge.Index}\"");
            if (labels?[edge.Index] is { } label)
            {
                sb.Append(CultureInfo.InvariantCulture, $", label={Dot.DotWriter.Label(label)}, fontsize={LayeredLayout.LabelFontSize}, fontname=\"Helvetica\"");
            }

            sb.Append("];\n");
        }

        sb.Append("}\n");
        return sb.ToString();
    }

    private static DiagramLayout Parse(DiagramGraph graph, NodeBox[] boxes, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var bb = Numbers(root.GetProperty("bb").GetString()!);
        var (width, height) = (bb[2], bb[3]);
        var placed = new NodeBox[boxes.Length];
        foreach (var o in root.GetProperty("objects").EnumerateArray())
        {
            var name = o.GetProperty("name").GetString()!;
            if (!name.StartsWith('n') || !o.TryGetProperty("pos", out var pos))
            {
                continue;
            }

            var i = int.Parse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
            var p = Numbers(pos.GetString()!);
            var b = boxes[i];
            placed[i] = b with { X = Math.Round(p[0] - (b.Width / 2), 2), Y = Math.Round(height - p[1] - (b.Height / 2), 2) };
        }

        var routes = new EdgeRoute[graph.Edges.Count];
        foreach (var e in root.TryGetProperty("edges", out var edges) ? edges.EnumerateArray() : default)
        {
            var id = e.GetProperty("id").GetString()!;
            var index = int.Parse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
            LayoutPoint? label = null;
            if (e.TryGetProperty("lp", out var lp))
            {
                var xy = Numbers(lp.GetString()!);
                label = new LayoutPoint(xy[0], height - xy[1]);
            }

            routes[index] = new EdgeRoute(index, Spline(e.GetProperty("pos").GetString()!, height)) { LabelAt = label };
        }

        if (placed.Any(p => p is null) || routes.Any(r => r is null))
        {
            throw new InvalidOperationException("a node or an edge has no position");
        }

        return new DiagramLayout(LayoutEngine.Graphviz, placed, routes, width, height);
    }

    /// <summary>An edge's <c>pos</c>: optional <c>s,x,y</c> and <c>e,x,y</c>, then 3n+1 B-spline (Bézier) points.</summary>
    private static LayoutPoint[] Spline(string pos, double height)
    {
        LayoutPoint? start = null;
        LayoutPoint? end = null;
        var points = new List<LayoutPoint>();
        foreach (var token in pos.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith("e,", StringComparison.Ordinal) || token.StartsWith("s,", StringComparison.Ordinal))
            {
                var n = Numbers(token[2..]);
                var p = new LayoutPoint(n[0], height - n[1]);
                if (token[0] == 's')
                {
                    start = p;
                }
                else
                {
                    end = p;
                }

                continue;
            }

            var xy = Numbers(token);
            points.Add(new LayoutPoint(xy[0], height - xy[1]));
        }

        if (start is { } s)
        {
            points.InsertRange(0, [s, Lerp(s, points[0], 1.0 / 3), Lerp(s, points[0], 2.0 / 3)]);
        }

        if (end is { } t)
        {
            var last = points[^1];
            points.AddRange([Lerp(last, t, 1.0 / 3), Lerp(last, t, 2.0 / 3), t]);
        }

        return [.. points];
    }

    private static LayoutPoint Lerp(LayoutPoint a, LayoutPoint b, double t) => new(a.X + ((b.X - a.X) * t), a.Y + ((b.Y - a.Y) * t));

    private static double[] Numbers(string text) =>
        text.Split(',').Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
}
