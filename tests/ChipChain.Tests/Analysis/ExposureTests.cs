using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis;

public sealed class ExposureTests
{
    [Fact]
    public void Compute_hand_graph_shares_and_chains()
    {
        // t needs x: 60 % from a, 40 % from b; b depends entirely on c; a needs y from c (50 %) or d (50 %).
        var graph = new GraphSketch()
            .Link("a", "t", "x", 0.6).Link("b", "t", "x", 0.4)
            .Link("c", "b", "z")
            .Link("c", "a", "y", 0.5).Link("d", "a", "y", 0.5)
            .Build();

        var result = Exposure.Compute(graph, "t");

        // c: b down (0.4 lost) and a at half (0.3 lost) = 0.7; d: a at half = 0.3.
        result.Target.Should().Be("t");
        result.Exposure.Select(e => (e.Id, e.Value)).Should().Equal(("c", 0.7), ("a", 0.6), ("b", 0.4), ("d", 0.3));
    }

    [Fact]
    public void Compute_cycle_converges_like_supply_levels()
    {
        // a needs x from s (50 %) or b (50 %); b needs a; t needs b. Losing s: a = 0.5 + 0.5 a → 0 in the limit.
        var graph = new GraphSketch().Link("s", "a", "x", 0.5).Link("b", "a", "x", 0.5).Link("a", "b", "z").Link("b", "t", "w").Build();

        var result = Exposure.Compute(graph, "t");

        result.Exposure.Select(e => e.Id).Should().Equal("a", "b", "s");
        result.Exposure.Should().OnlyContain(e => e.Value == 1);
    }

    [Fact]
    public void Compute_sample_h100_spofs_lose_everything_and_nikon_nothing()
    {
        var result = Exposure.Compute(SampleGraphs.AiAccelerators, "nvidia-h100");

        result.Exposure.Single(e => e.Id == "asml").Value.Should().Be(1);
        result.Exposure.Single(e => e.Id == "tsmc").Value.Should().Be(1);
        result.Exposure.Should().NotContain(e => e.Id == "nvidia-h100");
        result.Exposure.Should().BeInDescendingOrder(e => e.Value);
    }

    [Fact]
    public void Compute_random_graphs_equals_supply_levels_per_failure()
    {
        RandomGraphs.Graphs(9).Sample(graph =>
        {
            foreach (var target in graph.DefaultTargets().Take(2))
            {
                var result = Exposure.Compute(graph, target);
                var upstream = Enumerable.Range(0, graph.NodeCount)
                    .Where(x => x != target && graph[x].IsFailureCandidate && DependsOn(graph, target, x))
                    .Select(x => graph[x].Id);
                result.Exposure.Select(e => e.Id).Should().BeEquivalentTo(upstream);
                foreach (var entry in result.Exposure)
                {
                    var level = SupplyLevels.AfterFailure(graph, [graph.IndexOf(entry.Id)])[target];
                    entry.Value.Should().BeApproximately(1 - level, 1e-8);
                }

                for (var k = 1; k < result.Exposure.Count; k++)
                {
                    var (p, q) = (result.Exposure[k - 1], result.Exposure[k]);
                    (p.Value > q.Value || (p.Value == q.Value && string.CompareOrdinal(p.Id, q.Id) < 0)).Should().BeTrue();
                }
            }
        }, iter: 2000, print: RandomGraphs.Describe);
    }

    private static bool DependsOn(SupplyGraph graph, int target, int x)
    {
        var seen = new HashSet<int> { target };
        var stack = new Stack<int>([target]);
        while (stack.Count > 0)
        {
            var v = stack.Pop();
            foreach (var l in Enumerable.Range(0, graph.Links.Count).Where(l => graph.ConsumerIndex(l) == v))
            {
                if (seen.Add(graph.SupplierIndex(l)))
                {
                    stack.Push(graph.SupplierIndex(l));
                }
            }
        }

        return seen.Contains(x);
    }
}
