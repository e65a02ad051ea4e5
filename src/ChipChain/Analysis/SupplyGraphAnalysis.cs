using ChipChain.Analysis.Bottlenecks;
using ChipChain.Analysis.Diff;
using ChipChain.Analysis.Risk;
using ChipChain.Analysis.Scenarios;
using ChipChain.Model;
using ChipChain.Validation;

namespace ChipChain.Analysis;

/// <summary>
/// Every analysis of a loaded graph, as a method of the graph: <c>graph.SinglePointsOfFailure("nvidia-h100")</c>. One
/// place to look (the editor lists them after <c>graph.</c>), ids in and immutable results with ids out; the
/// algorithms behind them, their index-based forms and their documented limits are internal (docs/library.md).
/// </summary>
/// <remarks>
/// Every method throws <see cref="ArgumentNullException"/> for a null argument and a <see cref="SupplyGraphException"/>
/// for an id the graph does not have; an analysis that would exceed its documented bound (docs/limits.md) throws
/// <see cref="AnalysisLimitException"/>.
/// </remarks>
public static partial class SupplyGraphAnalysis
{
    /// <summary>The single points of failure of one target: every node whose failure alone stops it.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <returns>The ids, sorted ordinally, the target itself not listed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SupplyGraphException">No node has the id <paramref name="targetId"/>.</exception>
    /// <exception cref="AnalysisLimitException">The graph's shape needs more steps than the documented limit.</exception>
    public static IReadOnlyList<string> SinglePointsOfFailure(this SupplyGraph graph, string targetId) =>
        Analysis.SinglePointsOfFailure.Of(graph, targetId);

    /// <summary>Every minimal set of at most <paramref name="order"/> failures that stops one target (the set {target} excluded).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <param name="order">The largest set size, 1..4.</param>
    /// <returns>The sets, each sorted ordinally, smaller sets first; the sets of size 1 are the single points of failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is not in 1..4.</exception>
    /// <exception cref="SupplyGraphException">No node has the id <paramref name="targetId"/>.</exception>
    /// <exception cref="AnalysisLimitException">There would be more sets than the documented limit.</exception>
    public static IReadOnlyList<IReadOnlyList<string>> MinimalCutSets(this SupplyGraph graph, string targetId, int order = Analysis.MinimalCutSets.DefaultOrder) =>
        Analysis.MinimalCutSets.Compute(graph, targetId, order).CutSets;

    /// <summary>Blast radius: every failure candidate ranked by the targets its loss alone stops.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetIds">The targets (default: <see cref="SupplyGraph.DefaultTargetIds"/>).</param>
    /// <returns>The ranking (entry ids are node ids), most stopped targets first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="SupplyGraphException">A target id is not in the graph.</exception>
    public static IReadOnlyList<CriticalityEntry> Criticality(this SupplyGraph graph, IReadOnlyList<string>? targetIds = null) =>
        Analysis.Criticality.Rank(graph, CriticalityGrouping.Node, targetIds).Ranking;

    /// <summary>Blast radius by country: every country ranked by the targets stopped when all its failure candidates fail together.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetIds">The targets (default: <see cref="SupplyGraph.DefaultTargetIds"/>).</param>
    /// <returns>The ranking (entry ids are country codes), most stopped targets first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="SupplyGraphException">A target id is not in the graph.</exception>
    public static IReadOnlyList<CriticalityEntry> CountryCriticality(this SupplyGraph graph, IReadOnlyList<string>? targetIds = null) =>
        Analysis.Criticality.Rank(graph, CriticalityGrouping.Country, targetIds).Ranking;

    /// <summary>Volume at risk: for each failure candidate upstream of a target, the share of its supply lost when that candidate alone fails.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <returns>The candidates, largest loss first (ties by id).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SupplyGraphException">No node has the id <paramref name="targetId"/>.</exception>
    /// <exception cref="AnalysisLimitException">The re-evaluations would exceed the documented limit.</exception>
    public static IReadOnlyList<NodeFigure> Exposure(this SupplyGraph graph, string targetId) =>
        Analysis.Exposure.Compute(graph, targetId).Exposure;

    /// <summary>The failure cascade: every node that becomes unavailable when the given nodes fail.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="failedIds">The ids of the nodes that fail on their own.</param>
    /// <returns>The ids of every unavailable node (the failed ones included), sorted ordinally.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SupplyGraphException">An id names no node.</exception>
    public static IReadOnlyList<string> FailureCascade(this SupplyGraph graph, IEnumerable<string> failedIds) =>
        Analysis.FailureCascade.Run(graph, failedIds);

    /// <summary>Everything a node depends on, tier by tier (tier 1 supplies it directly).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="id">The node's id.</param>
    /// <param name="maxDepth">The deepest tier to list (default: all).</param>
    /// <returns>The entries, by tier, then by id.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> is less than 1.</exception>
    /// <exception cref="SupplyGraphException">No node has the id <paramref name="id"/>.</exception>
    public static IReadOnlyList<DependencyEntry> Upstream(this SupplyGraph graph, string id, int? maxDepth = null) =>
        Dependencies.Upstream(graph, id, maxDepth).Entries;

    /// <summary>Everything that depends on a node, tier by tier (tier 1 draws from it directly).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="id">The node's id.</param>
    /// <param name="maxDepth">The deepest tier to list (default: all).</param>
    /// <returns>The entries, by tier, then by id.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> is less than 1.</exception>
    /// <exception cref="SupplyGraphException">No node has the id <paramref name="id"/>.</exception>
    public static IReadOnlyList<DependencyEntry> Downstream(this SupplyGraph graph, string id, int? maxDepth = null) =>
        Dependencies.Downstream(graph, id, maxDepth).Entries;

    /// <summary>Counts, sources, sinks, products and cycles of the graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static GraphSummary Summary(this SupplyGraph graph) => GraphSummary.Of(graph);

    /// <summary>What <c>chipchain validate</c> warns about in a valid graph (shares that do not add up, unreachable products, …).</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The warnings, in a stable order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Warnings(this SupplyGraph graph) => GraphValidator.Warnings(graph);

    /// <summary>Chokepoints, capacity bottlenecks, the minimum cut and the country dependence of one target.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SupplyGraphException">No node has the id <paramref name="targetId"/>.</exception>
    public static BottleneckReport Bottlenecks(this SupplyGraph graph, string targetId) =>
        BottleneckAnalysis.Analyse(graph, targetId);

    /// <summary>Runs a what-if scenario: failed nodes and countries, cut trade links, degraded nodes.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="scenario">The scenario, built in code or read with <see cref="Scenario.Load"/>.</param>
    /// <param name="targetIds">The targets whose stop is reported (default: <see cref="SupplyGraph.DefaultTargetIds"/>).</param>
    /// <returns>What <c>chipchain whatif --format json</c> prints.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SupplyGraphException">The scenario names a node, country or link the graph does not have.</exception>
    public static ScenarioOutcome WhatIf(this SupplyGraph graph, Scenario scenario, IReadOnlyList<string>? targetIds = null) =>
        Scenarios.WhatIf.Run(graph, scenario, targetIds);

    /// <summary>The probability that a target is stopped when every failure candidate fails independently with its probability.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <param name="probabilities">Where candidates' probabilities come from (default: <see cref="RiskProbabilities.Standard"/>).</param>
    /// <param name="method">Exact, Monte Carlo, or exact within its bounds and Monte Carlo beyond them (the default).</param>
    /// <param name="samples">The number of Monte Carlo samples, 1..1 000 000 000.</param>
    /// <param name="seed">The Monte Carlo seed: the same seed gives the same estimate on any number of processors.</param>
    /// <param name="importance">Whether to rank the candidates by importance.</param>
    /// <returns>The probability, how it was computed, and the ranked importance of the candidates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="targetId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="samples"/> is out of range.</exception>
    /// <exception cref="SupplyGraphException">No node has the id <paramref name="targetId"/>.</exception>
    /// <exception cref="AnalysisLimitException"><paramref name="method"/> is <see cref="RiskMethod.Exact"/> and the target's upstream or its diagram passes a limit.</exception>
    public static RiskResult Risk(
        this SupplyGraph graph,
        string targetId,
        RiskProbabilities? probabilities = null,
        RiskMethod method = RiskMethod.Auto,
        int samples = RiskOptions.DefaultSamples,
        ulong seed = 1,
        bool importance = true) =>
        RiskAnalysis.Compute(graph, targetId, probabilities, new RiskOptions { Method = method, Samples = samples, Seed = seed, Importance = importance });

    /// <summary>What changed from this graph to <paramref name="after"/>: structure, and each target's answers.</summary>
    /// <param name="before">The old graph.</param>
    /// <param name="after">The new graph.</param>
    /// <param name="targetIds">The targets whose answers are compared (default: every default target of either graph).</param>
    /// <param name="compareAnswers">Whether to compare the targets' answers (single points of failure, cut sets, concentration, exposure) or the structure only.</param>
    /// <param name="shareTolerance">The smallest change of a link's share that counts.</param>
    /// <returns>The differences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shareTolerance"/> is negative or not a number.</exception>
    /// <exception cref="SupplyGraphException">A target id is in neither graph.</exception>
    /// <exception cref="AnalysisLimitException">An analysis of one of the graphs exceeds its documented limit.</exception>
    public static GraphDiffResult CompareTo(
        this SupplyGraph before,
        SupplyGraph after,
        IReadOnlyList<string>? targetIds = null,
        bool compareAnswers = true,
        double shareTolerance = GraphDiffOptions.DefaultShareTolerance) =>
        GraphDiff.Compare(before, after, new GraphDiffOptions { Targets = targetIds, CompareAnswers = compareAnswers, ShareTolerance = shareTolerance });
}
