namespace ChipChain.Analysis.Diff;

/// <summary>Options of <see cref="GraphDiff.Compare"/>. Immutable.</summary>
internal sealed record GraphDiffOptions
{
    /// <summary>The default <see cref="ShareTolerance"/>.</summary>
    public const double DefaultShareTolerance = 0.01;

    /// <summary>
    /// The target ids to compare, or null for every default target (products, else sinks) of either graph. A target
    /// may be in one graph only.
    /// </summary>
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>The smallest move of an effective share that counts as a change (default 0.01).</summary>
    public double ShareTolerance { get; init; } = DefaultShareTolerance;

    /// <summary>Whether to compare the answers per target at all (the structure alone is cheap on any graph).</summary>
    public bool CompareAnswers { get; init; } = true;
}
