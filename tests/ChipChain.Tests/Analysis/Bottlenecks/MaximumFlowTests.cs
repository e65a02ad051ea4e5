using ChipChain.Analysis.Bottlenecks;
using CsCheck;

namespace ChipChain.Tests.Analysis.Bottlenecks;

public class MaximumFlowTests
{
    [Fact]
    public void Compute_clrs_network_gives_23_with_its_minimum_cut()
    {
        // CLRS 3rd ed. fig. 26.1: s=0, v1..v4 = 1..4, t=5.
        FlowEdge[] edges =
        [
            new(0, 1, 16), new(0, 2, 13), new(1, 3, 12), new(2, 1, 4), new(2, 4, 14),
            new(3, 2, 9), new(3, 5, 20), new(4, 3, 7), new(4, 5, 4),
        ];
        var flow = MaximumFlow.Compute(6, edges, 0, 5);
        flow.Value.Should().Be(23);
        flow.CutEdges.Select(i => edges[i]).Should().BeEquivalentTo(new[] { edges[2], edges[7], edges[8] }, "the cut {s, v1, v2, v4} | {v3, t}: 12 + 7 + 4");
        flow.SourceSide.Should().Equal(true, true, true, false, true, false);
    }

    [Fact]
    public void Compute_wikipedia_edmonds_karp_example_gives_5()
    {
        // Wikipedia "Edmonds–Karp algorithm" example: A=0 .. G=6, source A, sink G.
        FlowEdge[] edges =
        [
            new(0, 1, 3), new(0, 3, 3), new(1, 2, 4), new(2, 0, 3), new(2, 3, 1), new(2, 4, 2),
            new(3, 4, 2), new(3, 5, 6), new(4, 1, 1), new(4, 6, 1), new(5, 6, 9),
        ];
        var flow = MaximumFlow.Compute(7, edges, 0, 6);
        flow.Value.Should().Be(5);
        flow.CutEdges.Select(i => edges[i]).Should().Equal([edges[1], edges[4], edges[9]], "the cut {A, B, C, E} | {D, F, G}: A→D 3 + C→D 1 + E→G 1");
        flow.SourceSide.Should().Equal(true, true, true, false, true, false, false);
    }

    [Fact]
    public void Compute_unlimited_path_is_unbounded()
    {
        var flow = MaximumFlow.Compute(3, [new(0, 1, double.PositiveInfinity), new(1, 2, double.PositiveInfinity)], 0, 2);
        flow.IsUnbounded.Should().BeTrue();
    }

    [Fact]
    public void Compute_antiparallel_and_parallel_edges_are_handled()
    {
        var flow = MaximumFlow.Compute(3, [new(0, 1, 2), new(0, 1, 3), new(1, 0, 4), new(1, 2, 10)], 0, 2);
        flow.Value.Should().Be(5);
        flow.CutEdges.Should().Equal(0, 1);
    }

    [Fact]
    public void Compute_random_networks_cut_capacity_equals_flow_value()
    {
        var gen = from n in Gen.Int[2, 7]
                  from edges in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[0, 9]).Array[0, 20]
                  select (n, edges.Where(e => e.Item1 != e.Item2).Select(e => new FlowEdge(e.Item1, e.Item2, e.Item3)).ToArray());
        gen.Sample(x =>
        {
            var (n, edges) = x;
            var flow = MaximumFlow.Compute(n, edges, 0, n - 1);
            flow.CutEdges.Sum(i => edges[i].Capacity).Should().Be(flow.Value);
            BruteMinCut(n, edges).Should().Be(flow.Value);
        }, iter: 300);
    }

    private static double BruteMinCut(int n, FlowEdge[] edges)
    {
        var best = double.PositiveInfinity;
        for (var mask = 0; mask < 1 << n; mask++)
        {
            if ((mask & 1) == 0 || (mask & (1 << (n - 1))) != 0)
            {
                continue;
            }

            best = Math.Min(best, edges.Where(e => (mask & (1 << e.From)) != 0 && (mask & (1 << e.To)) == 0).Sum(e => e.Capacity));
        }

        return best;
    }
}
