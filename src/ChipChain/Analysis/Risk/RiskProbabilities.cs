using System.Collections.ObjectModel;
using System.Globalization;
using ChipChain.Analysis.Scenarios;
using ChipChain.Model;

namespace ChipChain.Analysis.Risk;

/// <summary>
/// Where each failure candidate's probability of failing over the analysis horizon comes from. In order: the node's
/// country in <see cref="ByCountry"/>, its kind in <see cref="ByKind"/>, its own <c>failureProbability</c>, and
/// finally <see cref="DefaultProbability"/>. The bulk settings override what nodes state, as a preset applied to a
/// graph should. Structure nodes never fail on their own and get no probability. Immutable.
/// </summary>
public sealed record RiskProbabilities
{
    /// <summary>The probability of a candidate that nothing else gives one.</summary>
    public const double StandardDefault = 0.01;

    private static readonly IReadOnlyDictionary<string, double> Empty = new ReadOnlyDictionary<string, double>(new Dictionary<string, double>());

    private readonly double _default = StandardDefault;
    private readonly IReadOnlyDictionary<string, double> _byCountry = Empty;
    private readonly IReadOnlyDictionary<string, double> _byKind = Empty;

    /// <summary>The settings used when none are given: every candidate without <c>failureProbability</c> gets 0.01.</summary>
    public static RiskProbabilities Standard { get; } = new();

    /// <summary>The probability of a candidate that states none and matches no country or kind (default 0.01).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0..1.</exception>
    public double DefaultProbability
    {
        get => _default;
        init => _default = Check(value, "the default probability");
    }

    /// <summary>Probabilities by country code, overriding what nodes of that country state.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside 0..1.</exception>
    public IReadOnlyDictionary<string, double> ByCountry
    {
        get => _byCountry;
        init => _byCountry = Copy(value, "country");
    }

    /// <summary>Probabilities by node kind, overriding what nodes of that kind state (a country setting wins over a kind's).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside 0..1.</exception>
    public IReadOnlyDictionary<string, double> ByKind
    {
        get => _byKind;
        init => _byKind = Copy(value, "kind");
    }

    /// <summary>The probability settings a scenario file carries (the standard default where it sets none).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A probability is outside 0..1.</exception>
    public static RiskProbabilities From(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new RiskProbabilities
        {
            DefaultProbability = scenario.DefaultProbability ?? StandardDefault,
            ByCountry = scenario.ProbabilityByCountry,
            ByKind = scenario.ProbabilityByKind,
        };
    }

    /// <summary>The probability that <paramref name="node"/> fails on its own over the horizon.</summary>
    /// <param name="node">The node.</param>
    /// <returns>0 for a structure node; else the first of country, kind, stated probability and default.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    public double For(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!node.IsFailureCandidate)
        {
            return 0;
        }

        if (node.Country is { } country && _byCountry.TryGetValue(country, out var byCountry))
        {
            return byCountry;
        }

        if (node.Kind is { } kind && _byKind.TryGetValue(kind, out var byKind))
        {
            return byKind;
        }

        return node.FailureProbability ?? _default;
    }

    /// <summary>These settings over <paramref name="fallback"/>: each country and kind here wins, the others come from the fallback.</summary>
    /// <param name="fallback">Lower-priority settings (a scenario file under command-line options).</param>
    /// <param name="defaultGiven">Whether this instance's <see cref="DefaultProbability"/> was given (else the fallback's is kept).</param>
    /// <returns>The combined settings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fallback"/> is null.</exception>
    public RiskProbabilities Over(RiskProbabilities fallback, bool defaultGiven)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new RiskProbabilities
        {
            DefaultProbability = defaultGiven ? _default : fallback._default,
            ByCountry = Merge(_byCountry, fallback._byCountry),
            ByKind = Merge(_byKind, fallback._byKind),
        };
    }

    /// <summary>Whether two settings give every node the same probability.</summary>
    /// <param name="other">The other settings.</param>
    /// <returns><see langword="true"/> when the default and every entry are equal.</returns>
    public bool Equals(RiskProbabilities? other) =>
        other is not null && _default.Equals(other._default) && Same(_byCountry, other._byCountry) && Same(_byKind, other._byKind);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_default, _byCountry.Count, _byKind.Count);

    private static Dictionary<string, double> Merge(IReadOnlyDictionary<string, double> first, IReadOnlyDictionary<string, double> second)
    {
        var result = new Dictionary<string, double>(second, StringComparer.Ordinal);
        foreach (var (key, value) in first)
        {
            result[key] = value;
        }

        return result;
    }

    private static bool Same(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v.Equals(p.Value));

    private static IReadOnlyDictionary<string, double> Copy(IReadOnlyDictionary<string, double> value, string what)
    {
        ArgumentNullException.ThrowIfNull(value);
        var copy = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, p) in value)
        {
            copy[key] = Check(p, $"the probability of {what} '{key}'");
        }

        return new ReadOnlyDictionary<string, double>(copy);
    }

    private static double Check(double value, string what) =>
        value is >= 0 and <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"{what} must be between 0 and 1, not {value}"));
}
