using BenchmarkDotNet.Attributes;
using ChipChain.Analysis;
using ChipChain.Analysis.Timeline;
using ChipChain.Model;

namespace ChipChain.Benchmarks;

/// <summary>
/// Timed scenarios (docs/time.md) on a generated 100 000-node graph: the resilience ranking of the product with the
/// most single points of failure (then the largest upstream cone), without stock and with 0–12 weeks of stock on every link (deterministic by link index), and
/// the week-by-week timeline of a 26-week failure of that product's most-used supplier over a 104-week horizon; each
/// also with the weeks-weighted output lost (the weekly supply levels of the affected part).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class TimelineBenchmarks
{
    private static readonly TimelineOptions Options = new() { Weeks = 26 };
    private static readonly TimelineOptions Volume = Options with { OutputLost = true };
    private SupplyGraph _graph = null!;
    private SupplyGraph _stocked = null!;
    private string _product = null!;
    private string _supplier = null!;

    /// <summary>Generates the graph, a stocked copy, and picks the product and the supplier.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _graph = GeneratedGraphs.Graph(GraphSize.Nodes100K);
        // The product that single failures stop most often (then the largest cone): a ranking with something in it.
        var stops = SinglePointsOfFailure.Compute(_graph);
        int Single(int t)
        {
            var count = 0;
            foreach (var v in stops.SetOf(t))
            {
                count += v != t && _graph.Topology.IsCandidate(v) ? 1 : 0;
            }

            return count;
        }

        var product = _graph.DefaultTargets().MaxBy(t => (Single(t), Upstream.Of(_graph.Topology, t).Count));
        _product = _graph[product].Id;
        var builder = new SupplyGraphBuilder();
        foreach (var node in _graph.Nodes)
        {
            builder.AddNode(node);
        }

        for (var l = 0; l < _graph.LinkCount; l++)
        {
            var link = _graph.Links[l];
            builder.AddLink(new Link(link.Supplier, link.Consumer) { Item = link.Item, Share = link.Share, InventoryWeeks = (int)((uint)(l * 2654435761u) % 13) });
        }

        _stocked = builder.Build();
        var uses = Enumerable.Range(0, _graph.NodeCount).Where(_graph.Topology.IsCandidate).MaxBy(v => _graph.Topology.UsesOf(v).Length);
        _supplier = _graph[uses].Id;
        var ranking = ResilienceAnalysis.Rank(_graph, _product, Options);
        var timeline = TimelineAnalysis.Run(_graph, [_supplier], Options);
        Console.WriteLine($"// {_product}: {Upstream.Of(_graph.Topology, product).Count} upstream nodes, {ranking.Candidates} candidates, {ranking.Ranking.Count} stop it; {_supplier} fails: {timeline.Nodes.Count} nodes down, {timeline.Nodes.Sum(n => (long)n.WeeksDown)} node-weeks");
        var stocked = ResilienceAnalysis.Rank(_stocked, _product, Volume);
        var volume = TimelineAnalysis.Run(_stocked, [_supplier], Volume);
        Console.WriteLine($"// output lost: stocked ranking {stocked.Ranking.Count} entries, total {stocked.Ranking.Sum(e => e.OutputLostWeeks):0.0} weeks against {stocked.Ranking.Sum(e => e.WeeksDown)} down; {_supplier} fails: {volume.OutputLost.Count} nodes lose output, {volume.OutputLost.Values.Sum():0.0} weeks");
    }

    /// <summary>Resilience ranking of the largest product, no stock.</summary>
    /// <returns>The number of candidates that stop it.</returns>
    [Benchmark(Baseline = true)]
    public int ResilienceGeneratedProduct() => ResilienceAnalysis.Rank(_graph, _product, Options).Ranking.Count;

    /// <summary>Resilience ranking of the largest product with stock on every link.</summary>
    /// <returns>The number of candidates that stop it.</returns>
    [Benchmark]
    public int ResilienceGeneratedProductStocked() => ResilienceAnalysis.Rank(_stocked, _product, Options).Ranking.Count;

    /// <summary>The week-by-week timeline of the most-used supplier failing 26 weeks, 104-week horizon, with stock.</summary>
    /// <returns>The number of nodes down at least one week.</returns>
    [Benchmark]
    public int TimelineMostUsedSupplierStocked() => TimelineAnalysis.Run(_stocked, [_supplier], Options).Nodes.Count;

    /// <summary>Resilience ranking of the largest product with stock on every link and the output lost of every ranked candidate.</summary>
    /// <returns>The number of candidates that stop it.</returns>
    [Benchmark]
    public int ResilienceGeneratedProductStockedOutputLost() => ResilienceAnalysis.Rank(_stocked, _product, Volume).Ranking.Count;

    /// <summary>The timeline of the most-used supplier failing 26 weeks with stock, and every affected node's output lost.</summary>
    /// <returns>The number of nodes whose output falls.</returns>
    [Benchmark]
    public int TimelineMostUsedSupplierStockedOutputLost() => TimelineAnalysis.Run(_stocked, [_supplier], Volume).OutputLost.Count;
}
