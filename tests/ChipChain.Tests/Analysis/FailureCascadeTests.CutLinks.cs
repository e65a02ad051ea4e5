using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis;

public sealed partial class FailureCascadeTests
{
    [Fact]
    public void Run_cut_link_whose_supplier_also_fails_is_counted_once()
    {
        // t needs x from a or b. Cutting a -> t and failing a must leave t supplied by b.
        var graph = new GraphSketch().Link("a", "t", "x").Link("b", "t", "x").Build();

        var down = FailureCascade.Run(graph.Topology, [graph.IndexOf("a")], [0]);

        down[graph.IndexOf("t")].Should().BeFalse();
    }

    [Fact]
    public void Run_random_failures_and_cuts_equal_naive_fixpoint()
    {
        var gen = RandomGraphs.Graphs(8).SelectMany(g => Gen.Select(
            Gen.Const(g),
            Gen.Int[0, g.NodeCount - 1].Array[0, 3],
            Gen.Int[0, Math.Max(0, g.Links.Count - 1)].Array[0, 3]));
        gen.Sample((graph, failed, cut) =>
        {
            var links = cut.Where(l => l < graph.Links.Count).ToArray();
            FailureCascade.Run(graph.Topology, failed, links).Should().Equal(NaiveCascade.Run(graph, failed, links));
        }, iter: 2000);
    }
}
