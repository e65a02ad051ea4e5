using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis;

public sealed partial class MinimalCutSetsTests
{
    [Fact]
    public void Compute_sample_h100_contains_hoya_agc_pair_and_every_spof_alone()
    {
        var graph = SampleGraphs.AiAccelerators;

        var result = MinimalCutSets.Compute(graph, "nvidia-h100", 2);

        result.CutSets.Should().ContainEquivalentOf(new[] { "agc", "hoya" });
        result.CutSets.Where(s => s.Count == 1).Select(s => s[0])
            .Should().Equal(SinglePointsOfFailure.Of(graph, "nvidia-h100"));
        result.CutSets.Should().NotContain(s => s.Contains("nvidia-h100"));
    }

    [Fact]
    public void Compute_sample_hoya_and_agc_together_stop_h100_but_neither_alone()
    {
        var graph = SampleGraphs.AiAccelerators;

        FailureCascade.Run(graph, ["hoya", "agc"]).Should().Contain("nvidia-h100");
        FailureCascade.Run(graph, ["hoya"]).Should().NotContain("nvidia-h100");
        FailureCascade.Run(graph, ["agc"]).Should().NotContain("nvidia-h100");
    }

    [Fact]
    public void Compute_hand_graph_lists_pairs_of_alternatives_sorted_by_size_then_ids()
    {
        // t needs x from a or b, and y from c or d (d via market m of e or f).
        var graph = new GraphSketch()
            .Link("b", "t", "x").Link("a", "t", "x")
            .Link("c", "t", "y").Link("m", "t", "y")
            .Any("m").Link("e", "m").Link("f", "m")
            .Build();

        var result = MinimalCutSets.Compute(graph, "t", 3);

        result.CutSets.Select(s => string.Join("+", s)).Should().Equal("a+b", "c+m", "c+e+f");
        result.Order.Should().Be(3);
        result.Target.Should().Be("t");
        result.CountOfSize(2).Should().Be(2);
    }

    [Fact]
    public void Compute_order_one_gives_only_single_points_of_failure()
    {
        var graph = new GraphSketch().Link("a", "t", "x").Link("b", "t", "x").Link("c", "t", "y").Build();

        MinimalCutSets.Compute(graph, "t", 1).CutSets.Should().BeEquivalentTo(new[] { new[] { "c" } });
    }

    [Fact]
    public void Compute_cycle_reaches_fixpoint()
    {
        // a needs x from s or b; b needs a; t needs b: {s} is not a cut set, but {a} and {b} are.
        var graph = new GraphSketch().Link("s", "a", "x").Link("b", "a", "x").Link("a", "b", "z").Link("b", "t", "w").Build();

        MinimalCutSets.Compute(graph, "t", 3).CutSets.Select(s => string.Join("+", s)).Should().Equal("a", "b");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Compute_order_out_of_range_throws(int order)
    {
        var graph = new GraphSketch().Link("a", "t").Build();

        var act = () => MinimalCutSets.Compute(graph, "t", order);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Compute_random_graphs_equals_enumeration_of_all_small_sets()
    {
        RandomGraphs.Graphs(9).Sample(graph =>
        {
            foreach (var target in graph.DefaultTargets().Take(2))
            {
                var expected = BruteForce(graph, target, 3);
                var actual = MinimalCutSets.Compute(graph, target, 3).CutSets.Select(s => string.Join("+", s));
                actual.Should().Equal(expected);
            }
        }, iter: 1500, print: RandomGraphs.Describe);
    }

    [Fact]
    public void Compute_order_four_agrees_with_order_three_on_small_sets()
    {
        RandomGraphs.Graphs(7).Sample(graph =>
        {
            var target = graph.NodeCount - 1;
            var four = MinimalCutSets.Compute(graph, target, 4).CutSets;
            var three = MinimalCutSets.Compute(graph, target, 3).CutSets;
            four.Where(s => s.Count <= 3).Should().BeEquivalentTo(three, o => o.WithStrictOrdering());
            four.Where(s => s.Count == 4).All(s => FailureCascade.Run(graph, s).Contains(graph[target].Id)).Should().BeTrue();
        }, iter: 500, print: RandomGraphs.Describe);
    }

    /// <summary>Every set of at most <paramref name="order"/> failure candidates whose cascade reaches the target and none of whose proper subsets does.</summary>
    private static List<string> BruteForce(SupplyGraph graph, int target, int order)
    {
        var cuts = new List<int[]>();
        foreach (var set in Subsets.BySizeThenLex(Subsets.Candidates(graph), order))
        {
            if (set.SequenceEqual([target]) || !FailureCascade.Run(graph.Topology, set)[target])
            {
                continue;
            }

            if (!cuts.Any(c => c.All(set.Contains)))
            {
                cuts.Add(set);
            }
        }

        return cuts
            .Where(c => !c.Contains(target))
            .Select(c => c.Select(i => graph[i].Id).Order(StringComparer.Ordinal).ToList())
            .OrderBy(c => c.Count)
            .ThenBy(c => string.Join("\u0001", c), StringComparer.Ordinal)
            .Select(c => string.Join("+", c))
            .ToList();
    }
}
