namespace ChipChain.Export;

/// <summary>How <see cref="OpenPsaWriter"/> writes basic-event probabilities.</summary>
public sealed class OpenPsaOptions
{
    /// <summary>The probability given to a node without <c>failureProbability</c>.</summary>
    public const double StandardDefaultProbability = 0.01;

    private readonly double _defaultProbability = StandardDefaultProbability;

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
}
