using BenchmarkDotNet.Attributes;
using ChipChain.Analysis;
using ChipChain.Analysis.BruteForce;
using ChipChain.Model;

namespace ChipChain.Benchmarks;

/// <summary>
/// Single points of failure for every default target on a 10 000-node generated graph: the S-set algorithm against
/// the brute force that runs one cascade per node (the baseline), so the ratio is measured in one run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SpofBenchmarks
{
    private SupplyGraph _graph = null!;
    private IReadOnlyList<int> _targets = [];

    /// <summary>The graph size.</summary>
    [Params(GraphSize.Nodes10K)]
    public GraphSize Size { get; set; }

    /// <summary>Generates the graph and picks the targets (its products).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _graph = GeneratedGraphs.Graph(Size);
        _targets = _graph.DefaultTargets();
        _ = _graph.Components;
        Console.WriteLine($"// {_graph.NodeCount} nodes, {_graph.Links.Count} links, {_targets.Count} targets");
    }

    /// <summary>One cascade per upstream node and target: the definition, evaluated directly.</summary>
    /// <returns>The single points of failure per target.</returns>
    [Benchmark(Baseline = true)]
    public int[][] BruteForceCascadePerNode() => CascadeReference.SinglePointsOfFailure(_graph, _targets);

    /// <summary>The S sets over the strongly connected components, read for every target.</summary>
    /// <returns>The single points of failure per target.</returns>
    [Benchmark]
    public int[][] StopSetsAllTargets()
    {
        var sets = SinglePointsOfFailure.Compute(_graph);
        return [.. _targets.Select(t => sets.For(t).ToArray())];
    }
}
