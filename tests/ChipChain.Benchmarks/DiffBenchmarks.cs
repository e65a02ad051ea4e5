using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using ChipChain.Analysis.Diff;
using ChipChain.Model;

namespace ChipChain.Benchmarks;

/// <summary>
/// <c>diff</c> of a generated 100 000-node graph against a lightly edited copy: one node in a thousand loses its
/// first link, and a new supplier joins each of ten nodes. Structure alone, and structure with the answers of one
/// target (the product with the largest upstream cone).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class DiffBenchmarks
{
    private SupplyGraph _before = null!;
    private SupplyGraph _after = null!;
    private string _target = string.Empty;

    /// <summary>The graph size.</summary>
    [Params(GraphSize.Nodes100K)]
    public GraphSize Size { get; set; }

    /// <summary>Generates the graph and its edited copy.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _before = GeneratedGraphs.Graph(Size);
        var builder = new SupplyGraphBuilder();
        foreach (var node in _before.Nodes)
        {
            builder.AddNode(node);
        }

        var dropped = new HashSet<int>();
        for (var l = 0; l < _before.Links.Count; l++)
        {
            var consumer = _before.ConsumerIndex(l);
            if (consumer % 1000 == 0 && dropped.Add(consumer))
            {
                continue;
            }

            builder.AddLink(_before.Links[l]);
        }

        for (var k = 0; k < 10; k++)
        {
            var id = $"new-supplier-{k}";
            builder.AddNode(new Node(id) { Kind = NodeKinds.Equipment, Country = "NL" });
            builder.AddLink(new Link(id, _before[k * 7919 % _before.NodeCount].Id) { Item = "new-item" });
        }

        _after = builder.Build();
        var products = _before.DefaultTargets();
        _target = _before[products.MaxBy(t => ChipChain.Analysis.Upstream.Of(_before.Topology, t).Count)].Id;
        var diff = GraphDiff.Compare(_before, _after, new GraphDiffOptions { Targets = [_target] });
        Console.WriteLine($"// {_before.NodeCount} nodes; target {_target}: {diff.LinksRemoved.Count} links removed, {diff.LinksAdded.Count} added, {diff.Targets[0].SpofAdded.Count} spof(s) gained, {diff.Targets[0].Exposure.Count} exposure(s) moved");
    }

    /// <summary>The structure half: nodes, links and effective shares.</summary>
    /// <returns>The diff.</returns>
    [Benchmark(Baseline = true)]
    public GraphDiffResult Structure() => GraphDiff.Compare(_before, _after, new GraphDiffOptions { CompareAnswers = false });

    /// <summary>Structure and the answers about one target.</summary>
    /// <returns>The diff.</returns>
    [Benchmark]
    public GraphDiffResult OneTarget() => GraphDiff.Compare(_before, _after, new GraphDiffOptions { Targets = [_target] });
}
