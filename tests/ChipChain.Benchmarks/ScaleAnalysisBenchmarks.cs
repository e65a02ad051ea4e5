using BenchmarkDotNet.Attributes;
using ChipChain.Analysis;
using ChipChain.Analysis.Scenarios;
using ChipChain.Model;

namespace ChipChain.Benchmarks;

/// <summary>
/// The analyses at the sizes of docs/design.md §4: single-target and all-target SPOF and a country what-if on 1M nodes,
/// each against a single cascade of the biggest supplier's failure as the baseline measured in the same run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScaleAnalysisBenchmarks
{
    private SupplyGraph _graph = null!;
    private int _target;
    private int[] _hub = [];
    private IReadOnlyList<int> _targets = [];

    /// <summary>The graph size.</summary>
    [Params(GraphSize.Nodes1M)]
    public GraphSize Size { get; set; }

    /// <summary>Generates the graph; the target is the first product.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _graph = GeneratedGraphs.Graph(Size);
        _targets = _graph.DefaultTargets();
        _target = _targets[0];
        _hub = [Enumerable.Range(0, _graph.NodeCount).MaxBy(i => _graph.Topology.UsesOf(i).Length)];
        _ = _graph.Components;
        Console.WriteLine($"// {_graph.NodeCount} nodes, {_graph.Links.Count} links, {_targets.Count} targets, target {_graph[_target].Id}");
    }

    /// <summary>The cascade of the biggest supplier's failure.</summary>
    /// <returns>Unavailability per node.</returns>
    [Benchmark(Baseline = true)]
    public bool[] SingleCascade() => FailureCascade.Run(_graph.Topology, _hub);

    /// <summary>The single points of failure of one target (what <c>chipchain spof --target</c> computes after load).</summary>
    /// <returns>The target's single points of failure.</returns>
    [Benchmark]
    public IReadOnlyList<int> SpofOneTarget() => SinglePointsOfFailure.Compute(_graph, [_target]).For(_target);

    /// <summary>The single points of failure of every product (only what the products draw on is computed).</summary>
    /// <returns>The total number of single points of failure.</returns>
    [Benchmark]
    public long SpofAllTargets()
    {
        var sets = SinglePointsOfFailure.Compute(_graph, _targets);
        return _targets.Sum(t => (long)sets.For(t).Count);
    }

    /// <summary>A what-if through the public API: every node of KR fails; stopped targets, nodes and level changes.</summary>
    /// <returns>The number of nodes whose level dropped.</returns>
    [Benchmark]
    public int WhatIfCountry() => WhatIf.Run(_graph, new Scenario { FailedCountries = ["KR"] }, _targets).Levels.Count;

    /// <summary>Criticality by country: every country fails in turn (one cascade each, run in parallel).</summary>
    /// <returns>The number of ranked countries.</returns>
    [Benchmark]
    public int CriticalityByCountry() => Criticality.Rank(_graph, CriticalityGrouping.Country, _targets).Ranking.Count;
}
