using ChipChain.Rendering.Styling;

namespace ChipChain.Rendering.Layout;

/// <summary>
/// The built-in layered (Sugiyama) layout, left to right from suppliers to consumers: cycles broken
/// (<see cref="CycleBreaking"/>), layers assigned (<see cref="LayerAssignment"/>), long edges split by dummy vertices
/// (<see cref="LayeredGraph"/>), crossings reduced (<see cref="LayerOrdering"/>), each layer packed
/// (<see cref="LayerCompaction"/>) and edges routed through the slots their dummies reserved
/// (<see cref="LayeredEdgeRouter"/>). Deterministic.
/// </summary>
public static class LayeredLayout
{
    private const double MinLayerGap = 44;
    private const double MaxExtraGap = 76;

    /// <summary>The font size of link labels, and the room kept on either side of one in its gap.</summary>
    internal const double LabelFontSize = 9;
    private const double LabelMargin = 10;

    /// <summary>Lays out <paramref name="graph"/>.</summary>
    /// <param name="graph">What to draw.</param>
    /// <returns>The layout (<see cref="LayoutEngine.Builtin"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static DiagramLayout Compute(DiagramGraph graph) => Compute(graph, EdgeLabelMode.None);

    /// <summary>
    /// Lays out <paramref name="graph"/> with room for link labels: each label sits on its link's first curve, in the
    /// gap after the layer of the link's left end, and that gap is widened to the widest label it holds. Where labels
    /// would overlap, each moves along its curve to a free place; one with none is left out (<see cref="EdgeRoute.LabelAt"/> null).
    /// </summary>
    /// <param name="graph">What to draw.</param>
    /// <param name="labels">What the labels say.</param>
    /// <returns>The layout (<see cref="LayoutEngine.Builtin"/>), with <see cref="EdgeRoute.LabelAt"/> set for labelled links.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static DiagramLayout Compute(DiagramGraph graph, EdgeLabelMode labels)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var boxes = LabelMetrics.Boxes(graph);
        if (graph.NodeCount == 0)
        {
            return new DiagramLayout(LayoutEngine.Builtin, [], [], 0, 0);
        }

        var layer = LayerAssignment.Assign(graph, CycleBreaking.ReversedEdges(graph));
        var layered = new LayeredGraph(graph, boxes, layer);
        LayerOrdering.Reduce(layered);
        var centre = LayerCompaction.Place(layered);

        var columnWidth = new double[layered.LayerCount];
        for (var v = 0; v < layered.RealCount; v++)
        {
            columnWidth[layer[v]] = Math.Max(columnWidth[layer[v]], boxes[v].Width);
        }

        var texts = EdgeLabelText.All(graph, labels);
        var labelRoom = new double[layered.LayerCount];
        for (var e = 0; e < texts.Length; e++)
        {
            if (texts[e] is { } text)
            {
                var gap = layered.LayerOf(layered.Chains[e][0]);
                labelRoom[gap] = Math.Max(labelRoom[gap], LabelMetrics.TextWidth(text, LabelFontSize) + (2 * LabelMargin));
            }
        }

        var columnLeft = new double[layered.LayerCount];
        var columnRight = new double[layered.LayerCount];
        for (var l = 0; l < layered.LayerCount; l++)
        {
            columnLeft[l] = l == 0 ? 0 : columnRight[l - 1] + Math.Max(Gap(layered, centre, l - 1), labelRoom[l - 1]);
            columnRight[l] = columnLeft[l] + Math.Max(columnWidth[l], 8);
        }

        var placed = new NodeBox[boxes.Length];
        var height = 0.0;
        for (var v = 0; v < boxes.Length; v++)
        {
            var b = boxes[v];
            var l = layer[v];
            placed[v] = b with { X = columnLeft[l] + Math.Round((columnWidth[l] - b.Width) / 2, 2), Y = Math.Round(centre[v] - (b.Height / 2), 2) };
            height = Math.Max(height, placed[v].Bottom);
        }

        for (var v = layered.RealCount; v < layered.VertexCount; v++)
        {
            height = Math.Max(height, centre[v]);
        }

        var widths = texts.Select(t => t is null ? 0 : LabelMetrics.TextWidth(t, LabelFontSize) + 4).ToArray(); // the halo too
        var routes = LayeredEdgeRouter.Route(layered, centre, placed, columnLeft, columnRight, widths);
        return new DiagramLayout(LayoutEngine.Builtin, placed, routes, columnRight[^1], height);
    }

    /// <summary>Wider gaps where edges between two layers climb far, so their curves stay readable.</summary>
    private static double Gap(LayeredGraph graph, double[] centre, int layer)
    {
        var climb = 0.0;
        foreach (var v in graph.Layers[layer])
        {
            foreach (var (w, _) in graph.Down(v))
            {
                climb = Math.Max(climb, Math.Abs(centre[w] - centre[v]));
            }
        }

        return MinLayerGap + Math.Min(MaxExtraGap, climb * 0.06);
    }
}
