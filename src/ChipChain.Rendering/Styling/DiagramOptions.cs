using ChipChain.Rendering.Highlighting;

namespace ChipChain.Rendering.Styling;

/// <summary>How a diagram looks: title, colours, clusters and highlights. Immutable.</summary>
public sealed record DiagramOptions
{
    /// <summary>The defaults: no title, colour by kind, no clusters, no highlights.</summary>
    public static DiagramOptions Default { get; } = new();

    /// <summary>The title drawn above the diagram; <see langword="null"/> for none.</summary>
    public string? Title { get; init; }

    /// <summary>What node colours encode.</summary>
    public ColorScheme ColorBy { get; init; } = ColorScheme.Kind;

    /// <summary>Group nodes of one kind in a cluster (DOT).</summary>
    public bool Cluster { get; init; }

    /// <summary>What the label on each link says (default none).</summary>
    public EdgeLabelMode Labels { get; init; } = EdgeLabelMode.None;

    /// <summary>The highlights to draw.</summary>
    public DiagramHighlights Highlights { get; init; } = DiagramHighlights.None;
}
