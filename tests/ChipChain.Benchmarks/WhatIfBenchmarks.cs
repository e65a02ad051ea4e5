using ChipChain.Analysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using ChipChain.Model;

namespace ChipChain.Benchmarks;

/// <summary>
/// A what-if on the 1M-node graph: every node of one country fails; the cascade says what stops and the supply
/// levels say how much every node keeps. The baseline is the cascade of a single failed node (the biggest supplier).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class WhatIfBenchmarks
{
    private SupplyGraph _graph = null!;
    private int[] _country = [];
    private int[] _hub = [];

    /// <summary>The graph size.</summary>
    [Params(GraphSize.Nodes1M)]
    public GraphSize Size { get; set; }

    /// <summary>The country that fails.</summary>
    [Params("KR")]
    public string Country { get; set; } = "KR";

    /// <summary>Generates the graph (shared) and picks the failed nodes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _graph = GeneratedGraphs.Graph(Size);
        _country = [.. Enumerable.Range(0, _graph.NodeCount).Where(i => _graph[i].Country == Country)];
        _hub = [Enumerable.Range(0, _graph.NodeCount).MaxBy(i => _graph.Topology.UsesOf(i).Length)];
        _ = _graph.Components;
        var stopped = FailureCascade.Run(_graph.Topology, _country).Count(d => d);
        Console.WriteLine($"// {Country}: {_country.Length} nodes fail, {stopped} unavailable");
    }

    /// <summary>The cascade of the single biggest supplier's failure.</summary>
    /// <returns>Unavailability per node.</returns>
    [Benchmark(Baseline = true)]
    public bool[] SingleNodeCascade() => FailureCascade.Run(_graph.Topology, _hub);

    /// <summary>The cascade of the whole country's failure.</summary>
    /// <returns>Unavailability per node.</returns>
    [Benchmark]
    public bool[] CountryCascade() => FailureCascade.Run(_graph.Topology, _country);

    /// <summary>The cascade and every node's supply level after the country fails (what <c>whatif</c> reports).</summary>
    /// <returns>The levels.</returns>
    [Benchmark]
    public double[] CountryCascadeAndLevels()
    {
        var down = FailureCascade.Run(_graph.Topology, _country);
        var levels = SupplyLevels.AfterFailure(_graph, _country);
        return down[0] ? [] : levels;
    }
}
