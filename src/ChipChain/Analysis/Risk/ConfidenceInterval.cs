namespace ChipChain.Analysis.Risk;

/// <summary>A two-sided confidence interval of a probability estimate.</summary>
/// <param name="Low">The lower bound, 0..1.</param>
/// <param name="High">The upper bound, 0..1.</param>
internal sealed record ConfidenceInterval(double Low, double High)
{
    /// <summary>The 97.5 % quantile of the standard normal distribution, for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// The Wilson score interval of <paramref name="successes"/> in <paramref name="trials"/> Bernoulli trials. Unlike
    /// the normal ("Wald") interval it keeps its coverage near 0 and 1, where supply-chain risks live, and is never
    /// empty when no trial succeeded.
    /// </summary>
    /// <param name="successes">The number of trials that succeeded.</param>
    /// <param name="trials">The number of trials, at least 1.</param>
    /// <param name="z">The normal quantile (default: 95 % two-sided).</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trials"/> is less than 1 or <paramref name="successes"/> is not in 0..trials.</exception>
    public static ConfidenceInterval Wilson(long successes, long trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        var n = (double)trials;
        var p = successes / n;
        var z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));

        // At the ends the interval touches 0 or 1 exactly; rounding must not move it off.
        var low = successes == 0 ? 0 : Math.Clamp(centre - half, 0, 1);
        var high = successes == trials ? 1 : Math.Clamp(centre + half, 0, 1);
        return new ConfidenceInterval(low, high);
    }

    /// <summary>Whether <paramref name="value"/> lies in the interval (bounds included).</summary>
    /// <param name="value">A probability.</param>
    /// <returns><see langword="true"/> when Low ≤ value ≤ High.</returns>
    public bool Contains(double value) => value >= Low && value <= High;
}
