namespace ChipChain.Rendering;

/// <summary>
/// Which part of a graph to draw. Every filter that is set narrows the drawing (they combine by intersection); the
/// nodes named by <see cref="UpstreamOf"/> and <see cref="DownstreamOf"/> are always kept.
/// </summary>
public sealed record DiagramFocus
{
    /// <summary>Everything: no filter.</summary>
    public static DiagramFocus None { get; } = new();

    /// <summary>Draw only this node and what it depends on (its suppliers, their suppliers, ...).</summary>
    public string? UpstreamOf { get; init; }

    /// <summary>Draw only this node and what depends on it.</summary>
    public string? DownstreamOf { get; init; }

    /// <summary>How many supply steps <see cref="UpstreamOf"/> and <see cref="DownstreamOf"/> follow; <see langword="null"/> for all.</summary>
    public int? Depth { get; init; }

    /// <summary>Draw only nodes of these kinds (empty: every kind).</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Draw only nodes in these countries (empty: every country).</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Whether no filter is set.</summary>
    public bool IsEmpty => UpstreamOf is null && DownstreamOf is null && Kinds.Count == 0 && Countries.Count == 0;
}
