using ChipChain.Rendering.Layout;

namespace ChipChain.Rendering.Tests.Support;

/// <summary>Checks on laid-out boxes and routes.</summary>
internal static class Geometry
{
    public static bool Overlap(NodeBox a, NodeBox b) =>
        a.X < b.Right - 1e-6 && b.X < a.Right - 1e-6 && a.Y < b.Bottom - 1e-6 && b.Y < a.Bottom - 1e-6;

    /// <summary>Whether <paramref name="p"/> lies on the box's border, within <paramref name="tolerance"/>.</summary>
    public static bool OnBorder(NodeBox box, LayoutPoint p, double tolerance = 1.5)
    {
        var inside = p.X >= box.X - tolerance && p.X <= box.Right + tolerance && p.Y >= box.Y - tolerance && p.Y <= box.Bottom + tolerance;
        var distance = Math.Min(Math.Min(Math.Abs(p.X - box.X), Math.Abs(p.X - box.Right)), Math.Min(Math.Abs(p.Y - box.Y), Math.Abs(p.Y - box.Bottom)));
        return inside && distance <= tolerance;
    }

    public static IEnumerable<string> Problems(DiagramGraph graph, DiagramLayout layout)
    {
        for (var i = 0; i < layout.Boxes.Count; i++)
        {
            for (var j = i + 1; j < layout.Boxes.Count; j++)
            {
                if (Overlap(layout.Boxes[i], layout.Boxes[j]))
                {
                    yield return $"boxes {layout.Boxes[i].NodeId} and {layout.Boxes[j].NodeId} overlap";
                }
            }
        }

        foreach (var edge in graph.Edges)
        {
            var route = layout.Routes[edge.Index];
            if ((route.Points.Count - 1) % 3 != 0)
            {
                yield return $"route {edge.SupplierId}->{edge.ConsumerId} has {route.Points.Count} points";
            }

            if (!OnBorder(layout.Boxes[graph.PositionOf(edge.SupplierId)], route.Start))
            {
                yield return $"route {edge.SupplierId}->{edge.ConsumerId} does not start on its supplier ({route.Start})";
            }

            if (!OnBorder(layout.Boxes[graph.PositionOf(edge.ConsumerId)], route.End))
            {
                yield return $"route {edge.SupplierId}->{edge.ConsumerId} does not end on its consumer ({route.End})";
            }
        }
    }
}
