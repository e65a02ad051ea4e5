using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Analysis;

public sealed partial class SinglePointsOfFailureTests
{
    [Theory]
    [InlineData("asml")]
    [InlineData("carl-zeiss-smt")]
    [InlineData("tsmc")]
    [InlineData("sk-hynix")]
    [InlineData("ajinomoto")]
    [InlineData("nvidia")]
    [InlineData("trumpf")]
    [InlineData("cymer")]
    public void For_sample_h100_lists_known_chokepoint(string id)
    {
        SinglePointsOfFailure.Of(SampleGraphs.AiAccelerators, "nvidia-h100").Should().Contain(id);
    }

    [Fact]
    public void For_sample_h100_excludes_nikon_and_the_target_itself()
    {
        var spofs = SinglePointsOfFailure.Of(SampleGraphs.AiAccelerators, "nvidia-h100");

        spofs.Should().NotContain("nikon").And.NotContain("nvidia-h100");
        spofs.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Compute_chain_every_upstream_node_is_a_spof()
    {
        var graph = new GraphSketch().Link("a", "b", "x").Link("b", "t", "y").Build();

        SinglePointsOfFailure.Compute(graph).For("t").Should().Equal("a", "b");
    }

    [Fact]
    public void Compute_alternative_suppliers_are_not_spofs_but_their_common_supplier_is()
    {
        var graph = new GraphSketch()
            .Link("a", "t", "x").Link("b", "t", "x")
            .Link("c", "a", "w").Link("c", "b", "w")
            .Link("d", "t", "y")
            .Build();

        SinglePointsOfFailure.Compute(graph).For("t").Should().Equal("c", "d");
    }

    [Fact]
    public void Compute_requires_any_node_is_a_spof_its_providers_are_not()
    {
        var graph = new GraphSketch().Any("m").Link("a", "m").Link("b", "m").Link("m", "t", "tools").Build();

        SinglePointsOfFailure.Compute(graph).For("t").Should().Equal("m");
    }

    [Fact]
    public void Compute_links_without_item_are_each_required()
    {
        var graph = new GraphSketch().Link("a", "t").Link("b", "t").Build();

        SinglePointsOfFailure.Compute(graph).For("t").Should().Equal("a", "b");
    }

    [Fact]
    public void Compute_cycle_fed_from_outside_stops_with_its_only_feed()
    {
        // s feeds a; a and b need each other; t needs b. Failing s stops a, then b, then t.
        var graph = new GraphSketch().Link("s", "a", "x").Link("b", "a", "y").Link("a", "b", "z").Link("b", "t", "w").Build();

        SinglePointsOfFailure.Compute(graph).For("t").Should().Equal("a", "b", "s");
    }

    [Fact]
    public void Compute_cycle_that_can_feed_itself_survives_the_loss_of_its_outside_supplier()
    {
        // a gets item x from s OR from b, and b lives off a: with s down the loop still supplies itself (least fixpoint).
        var graph = new GraphSketch().Link("s", "a", "x").Link("b", "a", "x").Link("a", "b", "z").Link("b", "t", "w").Build();

        var sets = SinglePointsOfFailure.Compute(graph);

        sets.For("t").Should().Equal("a", "b");
        FailureCascade.Run(graph, ["s"]).Should().Equal("s");
    }

    [Fact]
    public void Stops_agrees_with_set_membership()
    {
        var graph = new GraphSketch().Link("a", "b", "x").Link("c", "b", "x").Build();
        var sets = SinglePointsOfFailure.Compute(graph);

        sets.Stops(graph.IndexOf("a"), graph.IndexOf("b")).Should().BeFalse();
        sets.Stops(graph.IndexOf("b"), graph.IndexOf("b")).Should().BeTrue();
        sets.SetOf(graph.IndexOf("a")).ToArray().Should().Equal(graph.IndexOf("a"));
        sets.TotalSize.Should().Be(3);
    }

    [Fact]
    public void Compute_for_target_node_not_upstream_throws_with_its_id()
    {
        var graph = new GraphSketch().Link("a", "b").Link("c", "d").Build();
        var sets = SinglePointsOfFailure.Compute(graph, [graph.IndexOf("b")]);

        sets.For("b").Should().Equal("a");
        var act = () => sets.For("d");

        act.Should().Throw<InvalidOperationException>().WithMessage("*'d'*not upstream*");
    }

    [Fact]
    public void For_unknown_id_throws()
    {
        var graph = new GraphSketch().Link("a", "b").Build();

        var act = () => SinglePointsOfFailure.Compute(graph).For("zzz");

        act.Should().Throw<UnknownNodeException>().Which.NodeId.Should().Be("zzz");
    }
}
