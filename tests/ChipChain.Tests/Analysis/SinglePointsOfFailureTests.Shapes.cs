using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Analysis;

/// <summary>Degenerate shapes: the stop sets must stay near-linear in the graph, not quadratic in its depth.</summary>
public sealed partial class SinglePointsOfFailureTests
{
    private static SupplyGraph Chain(int length, bool ladder = false)
    {
        var sketch = new GraphSketch();
        for (var i = 1; i < length; i++)
        {
            if (ladder)
            {
                // Each step: two alternative parallel nodes fed by the previous step, joined again (a diamond).
                sketch.Link($"c{i - 1}", $"a{i}", "x").Link($"c{i - 1}", $"b{i}", "x").Link($"a{i}", $"c{i}", "y").Link($"b{i}", $"c{i}", "y");
            }
            else
            {
                sketch.Link($"c{i - 1}", $"c{i}", "x");
            }
        }

        return sketch.Build();
    }

    [Fact]
    public void Compute_chain_of_20000_stores_one_element_per_node_and_lists_every_link_of_the_chain()
    {
        var graph = Chain(20_000);

        var sets = SinglePointsOfFailure.Compute(graph);

        sets.TotalSize.Should().Be(20_000, "each node adds itself to its supplier's set by a link, not a copy");
        sets.For(graph.IndexOf("c19999")).Should().HaveCount(19_999);
        sets.Stops(graph.IndexOf("c0"), graph.IndexOf("c19999")).Should().BeTrue();
        sets.Stops(graph.IndexOf("c19999"), graph.IndexOf("c0")).Should().BeFalse();
    }

    [Fact]
    public void Compute_diamond_ladder_skips_the_alternatives_and_keeps_the_joins()
    {
        var graph = Chain(3_000, ladder: true);

        var sets = SinglePointsOfFailure.Compute(graph);
        var spofs = sets.For(graph.IndexOf("c2999")).Select(i => graph[i].Id).ToList();

        spofs.Should().HaveCount(2_999).And.OnlyContain(id => id.StartsWith('c'));
        sets.TotalSize.Should().BeLessThan(3 * 3_000, "an intersection of two linked sets is their common ancestor, not a copy");
        Criticality.Rank(graph).Ranking.Single(e => e.Id == "c0").StoppedNodes.Should().Be(graph.NodeCount - 1);
    }
}
