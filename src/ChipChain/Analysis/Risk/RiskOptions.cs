using System.Globalization;

namespace ChipChain.Analysis.Risk;

/// <summary>How <see cref="RiskAnalysis"/> computes: the method, and Monte Carlo's sample count and seed. Immutable.</summary>
internal sealed record RiskOptions
{
    /// <summary>The default number of Monte Carlo samples.</summary>
    public const int DefaultSamples = 100_000;

    /// <summary>The largest number of Monte Carlo samples.</summary>
    public const int MaxSamples = 1_000_000_000;

    private readonly int _samples = DefaultSamples;

    /// <summary>The options used when none are given: auto, 100 000 samples, seed 1.</summary>
    public static RiskOptions Default { get; } = new();

    /// <summary>The method (default <see cref="RiskMethod.Auto"/>).</summary>
    public RiskMethod Method { get; init; } = RiskMethod.Auto;

    /// <summary>The number of Monte Carlo samples, 1..<see cref="MaxSamples"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1..<see cref="MaxSamples"/>.</exception>
    public int Samples
    {
        get => _samples;
        init => _samples = value is >= 1 and <= MaxSamples
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"the number of samples must be from 1 to {MaxSamples:N0}"));
    }

    /// <summary>The Monte Carlo seed: the same seed gives the same estimate on any number of processors.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Whether to compute the importance of each candidate (Monte Carlo then re-runs the cascade for the sampled failures).</summary>
    public bool Importance { get; init; } = true;
}
