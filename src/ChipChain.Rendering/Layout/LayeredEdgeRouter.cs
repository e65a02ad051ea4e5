namespace ChipChain.Rendering.Layout;

/// <summary>
/// Routes every edge of a placed layered graph: out of the supplier's side, straight through each layer it passes
/// (in the slot its dummy vertex reserved, so it never runs through a box), and as an S-shaped Bézier curve across
/// each gap between layers. Edges leaving or entering one side of a box get separate ports, ordered by where the
/// other end lies, so parallel edges do not overlap. Link labels go on the curve across the first gap, where
/// <see cref="LabelPlacement"/> finds each a place free of the others.
/// </summary>
internal static class LayeredEdgeRouter
{
    private const double PortStep = LabelMetrics.PortSpacing;

    public static EdgeRoute[] Route(LayeredGraph graph, double[] centre, NodeBox[] boxes, double[] columnLeft, double[] columnRight, double[] labelWidth)
    {
        var leaving = new List<(double NeighbourY, int Edge)>[graph.RealCount];
        var arriving = new List<(double NeighbourY, int Edge)>[graph.RealCount];
        for (var v = 0; v < graph.RealCount; v++)
        {
            leaving[v] = [];
            arriving[v] = [];
        }

        for (var e = 0; e < graph.Chains.Length; e++)
        {
            var chain = graph.Chains[e];
            leaving[chain[0]].Add((centre[chain[1]], e));
            arriving[chain[^1]].Add((centre[chain[^2]], e));
        }

        // Ports are per edge end: an edge starts at outPort[e] on its lower-layer end and ends at inPort[e].
        var outPort = new double[graph.Chains.Length];
        var inPort = new double[graph.Chains.Length];
        for (var v = 0; v < graph.RealCount; v++)
        {
            AssignPorts(leaving[v], centre[v], boxes[v], outPort);
            AssignPorts(arriving[v], centre[v], boxes[v], inPort);
        }

        var paths = new List<LayoutPoint>[graph.Chains.Length];
        var requests = new LabelRequest?[graph.Chains.Length];
        for (var e = 0; e < paths.Length; e++)
        {
            var chain = graph.Chains[e];
            var first = boxes[chain[0]];
            var last = boxes[chain[^1]];
            var y0 = outPort[e];
            var points = new List<LayoutPoint> { new(first.Right, y0) };
            LineTo(points, new LayoutPoint(columnRight[graph.LayerOf(chain[0])], y0));
            for (var k = 1; k < chain.Length; k++)
            {
                var v = chain[k];
                var layer = graph.LayerOf(v);
                var y = graph.IsDummy(v) ? centre[v] : inPort[e];
                CurveTo(points, new LayoutPoint(columnLeft[layer], y));
                if (k == 1 && labelWidth[e] > 0)
                {
                    // The S-curve across the first gap, which was widened to hold the widest label it carries.
                    var gap = graph.LayerOf(chain[0]);
                    requests[e] = new LabelRequest(points[^4], points[^3], points[^2], points[^1], gap, columnRight[gap], columnLeft[layer], labelWidth[e]);
                }

                LineTo(points, graph.IsDummy(v) ? new LayoutPoint(columnRight[layer], y) : new LayoutPoint(last.X, y));
            }

            if (graph.Reversed[e])
            {
                points.Reverse();
            }

            paths[e] = points;
        }

        var labels = LabelPlacement.Place(requests);
        var routes = new EdgeRoute[paths.Length];
        for (var e = 0; e < routes.Length; e++)
        {
            routes[e] = new EdgeRoute(e, paths[e]) { LabelAt = labels[e] };
        }

        return routes;
    }

    private static void AssignPorts(List<(double NeighbourY, int Edge)> ends, double centre, NodeBox box, double[] ports)
    {
        ends.Sort();
        var step = ends.Count > 1 ? Math.Min(PortStep, (box.Height - 8) / (ends.Count - 1)) : 0;
        for (var i = 0; i < ends.Count; i++)
        {
            ports[ends[i].Edge] = centre + ((i - ((ends.Count - 1) / 2.0)) * step);
        }
    }

    /// <summary>A straight piece as a cubic Bézier (control points on the line); nothing when already there.</summary>
    private static void LineTo(List<LayoutPoint> points, LayoutPoint to)
    {
        var from = points[^1];
        if (Math.Abs(from.X - to.X) < 1e-9 && Math.Abs(from.Y - to.Y) < 1e-9)
        {
            return;
        }

        points.Add(new LayoutPoint(from.X + ((to.X - from.X) / 3), from.Y + ((to.Y - from.Y) / 3)));
        points.Add(new LayoutPoint(from.X + (2 * (to.X - from.X) / 3), from.Y + (2 * (to.Y - from.Y) / 3)));
        points.Add(to);
    }

    /// <summary>An S-curve that leaves and arrives horizontally.</summary>
    private static void CurveTo(List<LayoutPoint> points, LayoutPoint to)
    {
        var from = points[^1];
        var half = (to.X - from.X) / 2;
        points.Add(new LayoutPoint(from.X + half, from.Y));
        points.Add(new LayoutPoint(to.X - half, to.Y));
        points.Add(to);
    }
}
