namespace ChipChain.Rendering.Layout;

/// <summary>
/// Measures of layout quality that compare engines on equal terms: straight-line crossings between box centres and
/// the area of the boxes' bounding rectangle.
/// </summary>
public static class LayoutMetrics
{
    /// <summary>
    /// The number of pairs of edges whose straight lines (from supplier centre to consumer centre) cross, not
    /// counting pairs that share a node.
    /// </summary>
    /// <param name="graph">The drawn graph.</param>
    /// <param name="layout">Its layout.</param>
    /// <returns>The crossing count.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int StraightLineCrossings(DiagramGraph graph, DiagramLayout layout)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(layout);
        var edges = graph.Edges;
        var count = 0;
        for (var i = 0; i < edges.Count; i++)
        {
            var a = layout.Boxes[edges[i].Source].Center;
            var b = layout.Boxes[edges[i].Target].Center;
            for (var j = i + 1; j < edges.Count; j++)
            {
                if (edges[j].Source == edges[i].Source || edges[j].Source == edges[i].Target ||
                    edges[j].Target == edges[i].Source || edges[j].Target == edges[i].Target)
                {
                    continue;
                }

                if (Cross(a, b, layout.Boxes[edges[j].Source].Center, layout.Boxes[edges[j].Target].Center))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>The area of the smallest rectangle around every box.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>Width times height, in square pixels (0 for an empty layout).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layout"/> is null.</exception>
    public static double BoundingArea(DiagramLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var (w, h) = BoundingSize(layout);
        return w * h;
    }

    /// <summary>The size of the smallest rectangle around every box.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>Its width and height.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layout"/> is null.</exception>
    public static (double Width, double Height) BoundingSize(DiagramLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (layout.Boxes.Count == 0)
        {
            return (0, 0);
        }

        var w = layout.Boxes.Max(b => b.Right) - layout.Boxes.Min(b => b.X);
        var h = layout.Boxes.Max(b => b.Bottom) - layout.Boxes.Min(b => b.Y);
        return (w, h);
    }

    private static bool Cross(LayoutPoint p1, LayoutPoint p2, LayoutPoint q1, LayoutPoint q2)
    {
        var d1 = Orientation(q1, q2, p1);
        var d2 = Orientation(q1, q2, p2);
        var d3 = Orientation(p1, p2, q1);
        var d4 = Orientation(p1, p2, q2);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double Orientation(LayoutPoint a, LayoutPoint b, LayoutPoint c)
    {
        var v = ((b.X - a.X) * (c.Y - a.Y)) - ((b.Y - a.Y) * (c.X - a.X));
        return Math.Abs(v) < 1e-9 ? 0 : v;
    }
}
