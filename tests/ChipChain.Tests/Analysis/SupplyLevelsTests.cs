using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis;

public sealed class SupplyLevelsTests
{
    private static double Level(SupplyGraph graph, string node, params string[] failed) =>
        SupplyLevels.AfterFailure(graph, failed.Select(graph.IndexOf).ToArray())[graph.IndexOf(node)];

    [Fact]
    public void Compute_nothing_failed_every_level_is_one()
    {
        var graph = new GraphSketch().Nodes("a", "b", "c").Link("a", "c", "x", 0.7).Link("b", "c", "x", 0.3).Build();
        SupplyLevels.Compute(graph).Should().AllSatisfy(l => l.Should().Be(1));
    }

    [Fact]
    public void Compute_losing_a_supplier_loses_its_share()
    {
        var graph = new GraphSketch().Nodes("a", "b", "c").Link("a", "c", "x", 0.7).Link("b", "c", "x", 0.3).Build();
        Level(graph, "c", "b").Should().BeApproximately(0.7, 1e-12);
        Level(graph, "c", "a").Should().BeApproximately(0.3, 1e-12);
    }

    [Fact]
    public void Compute_level_is_minimum_over_items()
    {
        var graph = new GraphSketch().Nodes("a", "b", "d", "c").Link("a", "c", "x", 0.7).Link("b", "c", "x", 0.3).Link("d", "c", "y").Build();
        Level(graph, "c", "a", "d").Should().Be(0);
        Level(graph, "c", "a").Should().BeApproximately(0.3, 1e-12);
    }

    [Fact]
    public void Compute_missing_shares_split_the_remainder()
    {
        var graph = new GraphSketch().Nodes("a", "b", "d", "c").Link("a", "c", "x", 0.6).Link("b", "c", "x").Link("d", "c", "x").Build();
        Level(graph, "c", "b").Should().BeApproximately(0.8, 1e-12);
    }

    [Fact]
    public void Compute_propagates_partial_loss_downstream()
    {
        var graph = new GraphSketch().Nodes("a", "b", "fab", "chip").Link("a", "fab", "x", 0.5).Link("b", "fab", "x", 0.5).Link("fab", "chip").Build();
        Level(graph, "chip", "a").Should().BeApproximately(0.5, 1e-12);
    }

    [Fact]
    public void Compute_degraded_node_caps_its_own_level()
    {
        var graph = new GraphSketch().Nodes("a", "b").Link("a", "b").Build();
        var own = new[] { 0.4, 1.0 };
        SupplyLevels.Compute(graph, own).Should().Equal(0.4, 0.4);
        var ownB = new[] { 1.0, 0.25 };
        SupplyLevels.Compute(graph, ownB).Should().Equal(1.0, 0.25);
    }

    [Fact]
    public void Compute_cycle_converges_to_fixpoint()
    {
        // b needs half its x from a (failed) and half from c; c needs b. Starting from 1 the levels fall to 0.
        var graph = new GraphSketch().Nodes("a", "b", "c").Link("a", "b", "x", 0.5).Link("c", "b", "x", 0.5).Link("b", "c").Build();
        Level(graph, "b", "a").Should().BeLessThan(1e-9);
    }

    [Fact]
    public void Compute_cut_link_counts_as_lost_supply()
    {
        var graph = new GraphSketch().Nodes("a", "b", "c").Link("a", "c", "x", 0.7).Link("b", "c", "x", 0.3).Build();
        SupplyLevels.Compute(graph, default, [0])[graph.IndexOf("c")].Should().BeApproximately(0.3, 1e-12);
    }

    [Fact]
    public void Compute_zero_level_exactly_when_cascade_stops_on_acyclic_graphs_with_positive_shares()
    {
        var gen = from g in RandomGraphs.Graphs(8)
                  from f in Gen.Int[0, 7]
                  select (g, f % g.NodeCount);
        // A supplier whose normalised share is 0 keeps a node available but adds no volume: exclude those graphs.
        gen.Where(c => Enumerable.Range(0, c.g.Components.Count).All(k => !c.g.Components.IsCyclic(k)) && !c.g.Topology.EntryShare.Contains(0.0))
            .Sample(((SupplyGraph Graph, int Failed) c) =>
            {
                var levels = SupplyLevels.AfterFailure(c.Graph, [c.Failed]);
                var down = FailureCascade.Run(c.Graph.Topology, [c.Failed]);
                return levels.Zip(down).All(p => (p.First == 0) == p.Second);
            }, iter: 1000);
    }

    [Fact]
    public void Compute_equals_naive_global_iteration_on_random_cyclic_graphs()
    {
        var gen = from g in RandomGraphs.Graphs(8)
                  from f in Gen.Int[0, 7]
                  select (g, f % g.NodeCount);
        gen.Sample(((SupplyGraph Graph, int Failed) c) =>
        {
            var fast = SupplyLevels.AfterFailure(c.Graph, [c.Failed]);
            var naive = NaiveLevels(c.Graph, c.Failed);
            return fast.Zip(naive).All(p => Math.Abs(p.First - p.Second) < 1e-6);
        }, iter: 1500);
    }

    private static double[] NaiveLevels(SupplyGraph graph, int failed)
    {
        var t = graph.Topology;
        var level = Enumerable.Repeat(1.0, graph.NodeCount).ToArray();
        level[failed] = 0;
        for (var round = 0; round < 200_000; round++)
        {
            var next = new double[level.Length];
            for (var n = 0; n < level.Length; n++)
            {
                var v = n == failed ? 0.0 : 1.0;
                for (var item = t.ItemStart[n]; item < t.ItemStart[n + 1]; item++)
                {
                    double sum = 0;
                    var shares = t.SharesOf(item);
                    var suppliers = t.SuppliersOf(item);
                    for (var k = 0; k < suppliers.Length; k++)
                    {
                        sum += shares[k] * level[suppliers[k]];
                    }

                    v = Math.Min(v, sum);
                }

                next[n] = v;
            }

            var change = next.Zip(level).Max(p => Math.Abs(p.First - p.Second));
            level = next;
            if (change < 1e-13)
            {
                break;
            }
        }

        return level;
    }
}
