using ChipChain.Model;

namespace ChipChain.Analysis.Scenarios;

/// <summary>A what-if scenario: nodes and countries that fail, links that are cut, nodes that are degraded. Immutable.</summary>
public sealed class Scenario
{
    /// <summary>The scenario's name, if any.</summary>
    public string? Name { get; init; }

    /// <summary>A free-text description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>The ids of nodes that fail.</summary>
    public IReadOnlyList<string> FailedNodes { get; init => field = Frozen.List(value); } = [];

    /// <summary>Country codes whose nodes all fail (nodes without a country are never included).</summary>
    public IReadOnlyList<string> FailedCountries { get; init => field = Frozen.List(value); } = [];

    /// <summary>Filters of links that stop delivering.</summary>
    public IReadOnlyList<LinkCutFilter> Cuts { get; init => field = Frozen.List(value); } = [];

    /// <summary>Nodes that keep working at a reduced level.</summary>
    public IReadOnlyList<NodeDegradation> Degradations { get; init => field = Frozen.List(value); } = [];

    /// <summary>For <c>chipchain risk</c>: the probability of a failure candidate that states none, if the scenario sets it.</summary>
    public double? DefaultProbability { get; init; }

    /// <summary>For <c>chipchain risk</c>: failure probabilities by country code.</summary>
    public IReadOnlyDictionary<string, double> ProbabilityByCountry { get; init => field = Frozen.Map(value); } = Frozen.Map<double>(null);

    /// <summary>For <c>chipchain risk</c>: failure probabilities by node kind.</summary>
    public IReadOnlyDictionary<string, double> ProbabilityByKind { get; init => field = Frozen.Map(value); } = Frozen.Map<double>(null);

    /// <summary>
    /// For <c>whatif --weeks</c>: how many weeks each named failed node stays down, over its own <c>recoveryWeeks</c>
    /// and <c>--weeks</c> (docs/time.md).
    /// </summary>
    public IReadOnlyDictionary<string, int> Durations { get; init => field = Frozen.Map(value); } = Frozen.Map<int>(null);

    /// <summary>Whether the scenario changes nothing (probabilities change no availability, so they do not count).</summary>
    public bool IsEmpty => FailedNodes.Count == 0 && FailedCountries.Count == 0 && Cuts.Count == 0 && Degradations.Count == 0;

    /// <summary>This scenario combined with <paramref name="other"/>: every failure, cut and degradation of both.</summary>
    /// <param name="other">The other scenario.</param>
    /// <returns>The combined scenario (name, description and probabilities from this one where it has them, else the other).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Scenario CombineWith(Scenario other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new Scenario
        {
            Name = Name ?? other.Name,
            Description = Description ?? other.Description,
            FailedNodes = [.. FailedNodes, .. other.FailedNodes],
            FailedCountries = [.. FailedCountries, .. other.FailedCountries],
            Cuts = [.. Cuts, .. other.Cuts],
            Degradations = [.. Degradations, .. other.Degradations],
            DefaultProbability = DefaultProbability ?? other.DefaultProbability,
            ProbabilityByCountry = Merge(ProbabilityByCountry, other.ProbabilityByCountry),
            ProbabilityByKind = Merge(ProbabilityByKind, other.ProbabilityByKind),
            Durations = Merge(Durations, other.Durations),
        };
    }

    /// <summary>Loads a scenario file (the format of <c>chipchain whatif --scenario</c>, docs/scenarios.md), with its includes.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="SupplyGraphException">The file is missing, a folder, unreadable, too large or not a valid scenario (one line with file, line and column).</exception>
    public static Scenario Load(string path) => ScenarioJson.Load(path);

    /// <summary>Parses a scenario from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name errors mention (a file name).</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SupplyGraphException">The text is not a valid scenario.</exception>
    public static Scenario Parse(string json, string source = "scenario") => ScenarioJson.Parse(json, source);

    /// <summary>Both maps, this scenario's value winning where both have a key.</summary>
    private static Dictionary<string, T> Merge<T>(IReadOnlyDictionary<string, T> first, IReadOnlyDictionary<string, T> second)
    {
        var result = new Dictionary<string, T>(second, StringComparer.Ordinal);
        foreach (var (key, value) in first)
        {
            result[key] = value;
        }

        return result;
    }
}
