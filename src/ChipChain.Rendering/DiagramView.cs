namespace ChipChain.Rendering;

/// <summary>
/// Which view of a graph a diagram draws (see <see cref="DiagramViewKind"/>). The view is computed on the whole graph;
/// a <see cref="DiagramFocus"/> then filters the nodes it keeps. Immutable.
/// </summary>
public sealed record DiagramView
{
    /// <summary>How many chokepoints of the target's ranking the critical view shows by default.</summary>
    public const int DefaultChokepointCount = 10;

    /// <summary>The whole graph.</summary>
    public static DiagramView Full { get; } = new();

    /// <summary>The kind of view.</summary>
    public DiagramViewKind Kind { get; init; } = DiagramViewKind.Full;

    /// <summary>The target of a <see cref="DiagramViewKind.Critical"/> view (required there); kept in every view.</summary>
    public string? Target { get; init; }

    /// <summary>How many of the target's top-ranked chokepoints the critical view shows (their top supplier, and the market node of a market's row).</summary>
    public int ChokepointCount { get; init; } = DefaultChokepointCount;

    /// <summary>The critical view of <paramref name="target"/>.</summary>
    /// <param name="target">The target's id.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public static DiagramView Critical(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new DiagramView { Kind = DiagramViewKind.Critical, Target = target };
    }

    /// <summary>The firms view (structure collapsed).</summary>
    public static DiagramView Firms { get; } = new() { Kind = DiagramViewKind.Firms };
}
