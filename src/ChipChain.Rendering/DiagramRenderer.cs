using ChipChain.Rendering.Dot;
using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Html;
using ChipChain.Rendering.Layout;
using ChipChain.Rendering.Mermaid;
using ChipChain.Rendering.Styling;
using ChipChain.Rendering.Svg;

namespace ChipChain.Rendering;

/// <summary>One entry point for every format: lays out (for SVG) and writes a diagram.</summary>
public static class DiagramRenderer
{
    /// <summary>
    /// Lays out <paramref name="graph"/> with <paramref name="engine"/>: by default the built-in layout, so a diagram
    /// does not depend on whether Graphviz is installed (<see cref="LayoutEngine.Auto"/>: Graphviz when on the PATH).
    /// </summary>
    /// <param name="graph">What to draw.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="graphvizTimeout">How long Graphviz <c>dot</c> may run (default <see cref="GraphvizLayout.DefaultTimeout"/>).</param>
    /// <param name="cancellationToken">Stops the layout; a running <c>dot</c> is killed.</param>
    /// <returns>The layout; <see cref="DiagramLayout.Engine"/> says which engine made it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="GraphvizException">Graphviz was asked for and is missing, failed or timed out.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static DiagramLayout Layout(DiagramGraph graph, LayoutEngine engine = LayoutEngine.Builtin, TimeSpan? graphvizTimeout = null, CancellationToken cancellationToken = default) =>
        Layout(graph, EdgeLabelMode.None, engine, graphvizTimeout, cancellationToken);

    /// <summary>Lays out <paramref name="graph"/> with <paramref name="engine"/>, with room for link labels.</summary>
    /// <param name="graph">What to draw.</param>
    /// <param name="labels">What the link labels say.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="graphvizTimeout">How long Graphviz <c>dot</c> may run (default <see cref="GraphvizLayout.DefaultTimeout"/>).</param>
    /// <param name="cancellationToken">Stops the layout; a running <c>dot</c> is killed.</param>
    /// <returns>The layout; <see cref="DiagramLayout.Engine"/> says which engine made it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="GraphvizException">Graphviz was asked for and is missing, failed or timed out.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static DiagramLayout Layout(DiagramGraph graph, EdgeLabelMode labels, LayoutEngine engine = LayoutEngine.Builtin, TimeSpan? graphvizTimeout = null, CancellationToken cancellationToken = default) =>
        engine switch
        {
            LayoutEngine.Graphviz => GraphvizLayout.Compute(graph, labels, graphvizTimeout, cancellationToken),
            LayoutEngine.Auto when GraphvizLayout.IsAvailable() => GraphvizLayout.Compute(graph, labels, graphvizTimeout, cancellationToken),
            _ => LayeredLayout.Compute(graph, labels),
        };

    /// <summary>
    /// Renders <paramref name="graph"/> in <paramref name="format"/>. For <see cref="DiagramFormat.Html"/> the title
    /// and colours come from <paramref name="options"/>, and the highlights' target (if any) is the report's selected target.
    /// </summary>
    /// <param name="graph">What to draw.</param>
    /// <param name="format">The output format.</param>
    /// <param name="options">Title, colours, clusters and highlights.</param>
    /// <param name="engine">The layout engine (SVG only).</param>
    /// <param name="markdownFence">Fence Mermaid output for Markdown.</param>
    /// <param name="graphvizTimeout">How long Graphviz <c>dot</c> may run (default <see cref="GraphvizLayout.DefaultTimeout"/>).</param>
    /// <param name="cancellationToken">Stops the layout; a running <c>dot</c> is killed.</param>
    /// <returns>The text and, for SVG and HTML, the engine that laid it out.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="GraphvizException">Graphviz was asked for and is missing, failed or timed out.</exception>
    /// <exception cref="Model.UnknownNodeException">The highlights' target names no node (HTML).</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static (string Text, LayoutEngine? Engine) Render(
        DiagramGraph graph, DiagramFormat format, DiagramOptions options, LayoutEngine engine = LayoutEngine.Builtin, bool markdownFence = false, TimeSpan? graphvizTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        switch (format)
        {
            case DiagramFormat.Dot:
                return (DotWriter.Write(graph, options), null);
            case DiagramFormat.Mermaid:
                return (MermaidWriter.Write(graph, options, markdownFence), null);
            case DiagramFormat.Html:
                var laidOut = Layout(graph, options.Labels, engine, graphvizTimeout, cancellationToken);
                var report = new HtmlReportOptions
                {
                    Title = options.Title,
                    ColorBy = options.ColorBy,
                    Labels = options.Labels,
                    Target = options.Highlights.Mode == HighlightMode.None ? null : options.Highlights.Target,
                };
                return (HtmlReportWriter.Write(graph, laidOut, report), laidOut.Engine);
            default:
                var layout = Layout(graph, options.Labels, engine, graphvizTimeout, cancellationToken);
                return (SvgDiagramWriter.Write(graph, layout, options), layout.Engine);
        }
    }
}
