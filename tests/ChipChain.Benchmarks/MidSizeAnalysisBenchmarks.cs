using BenchmarkDotNet.Attributes;
using ChipChain.Analysis;
using ChipChain.Model;

namespace ChipChain.Benchmarks;

/// <summary>
/// Order-2 minimal cut sets of one product and criticality of every node on a 100 000-node graph, against the S-set
/// computation (all single points of failure) as the baseline in the same run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class MidSizeAnalysisBenchmarks
{
    private SupplyGraph _graph = null!;
    private int _target;

    /// <summary>The graph size.</summary>
    [Params(GraphSize.Nodes100K)]
    public GraphSize Size { get; set; }

    /// <summary>Generates the graph; the target is the first product.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _graph = GeneratedGraphs.Graph(Size);
        _target = _graph.DefaultTargets()[0];
        _ = _graph.Components;
        var cuts = MinimalCutSets.Compute(_graph, _target, 2).CutSets.Count;
        Console.WriteLine($"// {_graph.NodeCount} nodes, {_graph.Links.Count} links, target {_graph[_target].Id}: {cuts} cut sets of order <= 2");
    }

    /// <summary>The S sets of every node.</summary>
    /// <returns>The total size of the S sets.</returns>
    [Benchmark(Baseline = true)]
    public long StopSets() => SinglePointsOfFailure.Compute(_graph).TotalSize;

    /// <summary>Minimal cut sets of order at most 2 of one product.</summary>
    /// <returns>The number of cut sets.</returns>
    [Benchmark]
    public int CutSetsOrder2() => MinimalCutSets.Compute(_graph, _target, 2).CutSets.Count;

    /// <summary>Criticality (blast radius) of every node against every product.</summary>
    /// <returns>The number of ranked nodes.</returns>
    [Benchmark]
    public int CriticalityAllNodes() => Criticality.Rank(_graph).Ranking.Count;
}
