using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis;

/// <summary>Degenerate shapes: chains carry no family, and a combinatorial explosion stops at the documented limit.</summary>
public sealed partial class MinimalCutSetsTests
{
    // The target needs x from any of `alternatives` nodes; each alternative needs `width` items, each sole-sourced.
    private static SupplyGraph Fan(int alternatives, int width)
    {
        var sketch = new GraphSketch().Product("t");
        for (var a = 0; a < alternatives; a++)
        {
            sketch.Link($"a{a}", "t", "x");
            for (var j = 0; j < width; j++)
            {
                sketch.Link($"s{a}_{j}", $"a{a}", $"i{j}");
            }
        }

        return sketch.Build();
    }

    [Fact]
    public void Compute_chain_of_20000_is_every_link_alone_and_no_pair()
    {
        var sketch = new GraphSketch();
        for (var i = 1; i < 20_000; i++)
        {
            sketch.Link($"c{i - 1}", $"c{i}", "x");
        }

        var cuts = MinimalCutSets.Compute(sketch.Build(), "c19999", 2).CutSets;

        cuts.Should().HaveCount(19_999).And.OnlyContain(c => c.Count == 1);
    }

    [Fact]
    public void Compute_fan_below_the_alternatives_count_is_empty_without_enumerating_products()
    {
        MinimalCutSets.Compute(Fan(4, 100), "t", 3).CutSets.Should().BeEmpty("every cut needs one failure in each of four alternatives");
        MinimalCutSets.Compute(Fan(2, 3), "t", 2).CutSets.Should().HaveCount(16, "one of a0 and its three suppliers, with one of a1 and its three");
    }

    [Fact]
    public void Compute_fan_of_a_hundred_million_sets_stops_at_the_documented_limit()
    {
        var act = () => MinimalCutSets.Compute(Fan(4, 100), "t", 4);

        act.Should().Throw<AnalysisLimitException>().Which.Message.Should().Contain("20,000,000").And.Contain("--order").And.NotContain("\n");
    }
    // Several targets at once share their work and give each target's own answer.
    [Fact]
    public void ComputeMany_random_graphs_equals_one_target_at_a_time()
    {
        RandomGraphs.Graphs(9).Sample(graph =>
        {
            var targets = Enumerable.Range(0, graph.NodeCount).ToList();
            var many = MinimalCutSets.ComputeMany(graph, targets, 3);
            for (var k = 0; k < targets.Count; k++)
            {
                var one = MinimalCutSets.Compute(graph, targets[k], 3);
                many[k].CutSets.Select(c => string.Join("+", c)).Should().Equal(one.CutSets.Select(c => string.Join("+", c)));
            }
        }, iter: 800, print: RandomGraphs.Describe);
    }
}
