using ChipChain.Analysis.Timeline;
using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>The timed analyses (docs/time.md): when a disruption stops what, and for how long.</summary>
public static partial class SupplyGraphAnalysis
{
    /// <summary>The default horizon of a timed analysis: two years of weeks.</summary>
    public const int DefaultHorizon = TimelineOptions.DefaultHorizon;

    /// <summary>
    /// The week-by-week timeline of a timed scenario: the nodes in <paramref name="failedIds"/> fail at week 0, each
    /// for its duration (<paramref name="durations"/>, else its <see cref="Node.RecoveryWeeks"/>, else
    /// <paramref name="weeks"/>, else the whole horizon), and stock (<see cref="Link.InventoryWeeks"/>) carries
    /// consumers over the gap.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="failedIds">The ids of the nodes that fail.</param>
    /// <param name="weeks">How long a failed node stays down when nothing else says; null for the whole horizon.</param>
    /// <param name="horizon">The weeks simulated, 0 … horizon − 1 (1 to <see cref="Node.MaxWeeks"/>).</param>
    /// <param name="durations">Per failed node id, how long it stays down; these come first.</param>
    /// <param name="outputLost">Whether to compute the weeks-weighted output lost beside the weeks down.</param>
    /// <returns>Every node down at least one week, with its spans, sorted by id; the output lost when asked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="failedIds"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon or a duration is below 1.</exception>
    /// <exception cref="SupplyGraphException">No node has one of the ids.</exception>
    /// <exception cref="AnalysisLimitException">The horizon or a duration is above <see cref="Node.MaxWeeks"/>, or the work passes its bound.</exception>
    public static TimelineResult Timeline(
        this SupplyGraph graph,
        IEnumerable<string> failedIds,
        int? weeks = null,
        int horizon = DefaultHorizon,
        IReadOnlyDictionary<string, int>? durations = null,
        bool outputLost = false) =>
        TimelineAnalysis.Run(graph, failedIds, Options(weeks, horizon, durations, outputLost));

    /// <summary>
    /// The time-based criticality of a target: every failure candidate upstream of it fails alone for its duration,
    /// ranked by the target's weeks down, then by the first week it stops, then by id.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <param name="weeks">How long a failed node stays down when nothing else says; null for the whole horizon.</param>
    /// <param name="horizon">The weeks simulated, 0 … horizon − 1 (1 to <see cref="Node.MaxWeeks"/>).</param>
    /// <param name="durations">Per candidate id, how long it stays down; these come first.</param>
    /// <param name="outputLost">Whether to compute each ranked candidate's weeks-weighted output lost.</param>
    /// <returns>The candidates that stop the target at least one week, ranked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="targetId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon or a duration is below 1.</exception>
    /// <exception cref="SupplyGraphException">No node has the id <paramref name="targetId"/>.</exception>
    /// <exception cref="AnalysisLimitException">The horizon or a duration is above <see cref="Node.MaxWeeks"/>, or the work passes its bound.</exception>
    public static ResilienceResult Resilience(
        this SupplyGraph graph,
        string targetId,
        int? weeks = null,
        int horizon = DefaultHorizon,
        IReadOnlyDictionary<string, int>? durations = null,
        bool outputLost = false) =>
        ResilienceAnalysis.Rank(graph, targetId, Options(weeks, horizon, durations, outputLost));

    private static TimelineOptions Options(int? weeks, int horizon, IReadOnlyDictionary<string, int>? durations, bool outputLost) =>
        new() { Weeks = weeks, Horizon = horizon, Durations = durations ?? new Dictionary<string, int>(), OutputLost = outputLost };
}
