namespace ChipChain.Export;

/// <summary>How <see cref="OpenPsaWriter"/> writes basic-event probabilities.</summary>
internal sealed class OpenPsaOptions
{
    /// <summary>The probability given to a node without <c>failureProbability</c>.</summary>
    public const double StandardDefaultProbability = 0.01;

    /// <summary>
    /// The standard limit on the size of an exported tree: 200 000 gates. Cycles are unfolded into one copy of a node's
    /// gate per set of cycle nodes above it on the path, which dense cycles multiply exponentially; past the limit the
    /// export stops before writing anything (see docs/limits.md).
    /// </summary>
    public const int DefaultMaxGates = 200_000;

    private readonly double _defaultProbability = StandardDefaultProbability;
    private readonly int _maxGates = DefaultMaxGates;

    /// <summary>The options used when none are given: probabilities written, 0.01 for nodes without one.</summary>
    public static OpenPsaOptions Default { get; } = new();

    /// <summary>Whether basic events carry a probability (<c>&lt;float&gt;</c>); without, the tree serves qualitative analysis only.</summary>
    public bool IncludeProbabilities { get; init; } = true;

    /// <summary>The probability of a node that states no <c>failureProbability</c> (default 0.01).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0..1.</exception>
    public double DefaultProbability
    {
        get => _defaultProbability;
        init
        {
            if (!(value >= 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The default failure probability must be between 0 and 1.");
            }

            _defaultProbability = value;
        }
    }

    /// <summary>
    /// The most gates the tree may have (default <see cref="DefaultMaxGates"/>); the unfolding also examines at most as
    /// many node copies. Past it, writing throws <see cref="Analysis.AnalysisLimitException"/> before any output.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxGates
    {
        get => _maxGates;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxGates = value;
        }
    }
}
