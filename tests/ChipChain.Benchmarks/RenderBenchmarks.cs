using BenchmarkDotNet.Attributes;
using ChipChain.Model;
using ChipChain.Rendering;
using ChipChain.Rendering.Layout;
using ChipChain.Rendering.Styling;
using ChipChain.Rendering.Svg;

namespace ChipChain.Benchmarks;

/// <summary>
/// SVG of a 300-node layered graph with the built-in layout (DESIGN.md target: under 2 s). The graph is built here
/// (eight tiers, one to three suppliers per node from the tier before) so the benchmark does not depend on the
/// product's generator settings.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private DiagramGraph _graph = null!;

    [Params(300)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup() => _graph = DiagramGraph.From(Layered(Nodes, tiers: 8));

    [Benchmark]
    public string SvgBuiltinLayout() => SvgDiagramWriter.Write(_graph, LayeredLayout.Compute(_graph), DiagramOptions.Default);

    private static SupplyGraph Layered(int count, int tiers)
    {
        var random = new Random(7);
        var builder = new SupplyGraphBuilder();
        var byTier = Enumerable.Range(0, tiers).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < count; i++)
        {
            byTier[i * tiers / count].Add(i);
            builder.AddNode(new Node($"n{i}") { Name = $"Supplier {i} {new string('x', random.Next(12))}", Kind = NodeKinds.All[i * tiers / count] });
        }

        for (var t = 1; t < tiers; t++)
        {
            foreach (var consumer in byTier[t])
            {
                foreach (var supplier in Enumerable.Range(0, 1 + random.Next(3)).Select(_ => byTier[t - 1][random.Next(byTier[t - 1].Count)]).Distinct())
                {
                    builder.AddLink(new Link($"n{supplier}", $"n{consumer}") { Item = $"item{supplier % 3}" });
                }
            }
        }

        return builder.Build();
    }
}
