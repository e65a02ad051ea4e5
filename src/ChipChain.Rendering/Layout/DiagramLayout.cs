namespace ChipChain.Rendering.Layout;

/// <summary>A finished layout: one box per drawn node, one route per drawn edge, and the drawing's size. Immutable.</summary>
public sealed class DiagramLayout
{
    /// <summary>Creates a layout.</summary>
    /// <param name="engine">The engine that made it (<see cref="LayoutEngine.Builtin"/> or <see cref="LayoutEngine.Graphviz"/>).</param>
    /// <param name="boxes">One box per drawn node, parallel to <see cref="DiagramGraph.Nodes"/>.</param>
    /// <param name="routes">One route per drawn edge, parallel to <see cref="DiagramGraph.Edges"/>.</param>
    /// <param name="width">The drawing's width.</param>
    /// <param name="height">The drawing's height.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public DiagramLayout(LayoutEngine engine, IReadOnlyList<NodeBox> boxes, IReadOnlyList<EdgeRoute> routes, double width, double height)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        ArgumentNullException.ThrowIfNull(routes);
        Engine = engine;
        Boxes = boxes;
        Routes = routes;
        Width = width;
        Height = height;
    }

    /// <summary>The engine that made the layout.</summary>
    public LayoutEngine Engine { get; }

    /// <summary>One box per drawn node, parallel to <see cref="DiagramGraph.Nodes"/>.</summary>
    public IReadOnlyList<NodeBox> Boxes { get; }

    /// <summary>One route per drawn edge, parallel to <see cref="DiagramGraph.Edges"/>.</summary>
    public IReadOnlyList<EdgeRoute> Routes { get; }

    /// <summary>The width of the area the boxes and routes occupy (from x = 0).</summary>
    public double Width { get; }

    /// <summary>The height of the area the boxes and routes occupy (from y = 0).</summary>
    public double Height { get; }
}
