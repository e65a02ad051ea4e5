namespace ChipChain.Analysis.Scenarios;

/// <summary>What a scenario does to the graph. Every id list is sorted ordinally. Immutable.</summary>
public sealed class ScenarioOutcome
{
    internal ScenarioOutcome(IReadOnlyList<string> failed, IReadOnlyList<string> stoppedTargets, IReadOnlyList<string> stopped, IReadOnlyList<NodeChange<double>> levels, int cutLinks, IReadOnlyList<string> failedStructure)
    {
        FailedStructure = failedStructure;
        Failed = failed;
        StoppedTargets = stoppedTargets;
        Stopped = stopped;
        Levels = levels;
        CutLinks = cutLinks;
    }

    /// <summary>The nodes that fail directly: named ones, every node of a failed country, and nodes degraded to level 0.</summary>
    public IReadOnlyList<string> Failed { get; }

    /// <summary>
    /// The nodes of <see cref="Failed"/> that are structure (markets, categories, process steps: not failure
    /// candidates), failed only because the scenario named them.
    /// </summary>
    public IReadOnlyList<string> FailedStructure { get; }

    /// <summary>The targets that are unavailable, whether they failed directly or not.</summary>
    public IReadOnlyList<string> StoppedTargets { get; }

    /// <summary>The nodes made unavailable by the cascade without failing directly.</summary>
    public IReadOnlyList<string> Stopped { get; }

    /// <summary>Every node whose supply level dropped, with its level before and after, sorted by id.</summary>
    public IReadOnlyList<NodeChange<double>> Levels { get; }

    /// <summary>The number of direct links the cut filters matched.</summary>
    public int CutLinks { get; }

    /// <summary>
    /// The number of deliveries through markets the cut filters matched: pairs of a supplier and a consumer's link
    /// from a market (structure without a country) that the supplier feeds.
    /// </summary>
    public int CutDeliveries { get; init; }
}
