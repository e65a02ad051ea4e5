namespace ChipChain.Rendering.Layout;

/// <summary>Which engine places the nodes.</summary>
public enum LayoutEngine
{
    /// <summary>Graphviz <c>dot</c> when it is on the PATH, else <see cref="Builtin"/>.</summary>
    Auto,

    /// <summary>The built-in layered layout (<see cref="LayeredLayout"/>).</summary>
    Builtin,

    /// <summary>Graphviz <c>dot</c>: positions and spline routes from <c>dot -Tjson</c>.</summary>
    Graphviz,
}
