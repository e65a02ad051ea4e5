using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Analysis;

public sealed partial class FailureCascadeTests
{
    [Fact]
    public void Run_different_items_are_all_required()
    {
        var graph = new GraphSketch().Nodes("wafer", "resist", "fab").Link("wafer", "fab", "wafer").Link("resist", "fab", "resist").Build();
        FailureCascade.Run(graph, ["resist"]).Should().Equal("fab", "resist");
    }

    [Fact]
    public void Run_alternative_suppliers_of_one_item_need_all_to_fail()
    {
        var graph = new GraphSketch().Nodes("hoya", "agc", "fab").Link("hoya", "fab", "blanks").Link("agc", "fab", "blanks").Build();
        FailureCascade.Run(graph, ["hoya"]).Should().Equal("hoya");
        FailureCascade.Run(graph, ["hoya", "agc"]).Should().Equal("agc", "fab", "hoya");
    }

    [Fact]
    public void Run_link_without_item_requires_that_supplier()
    {
        var graph = new GraphSketch().Nodes("a", "b", "c").Link("a", "c").Link("b", "c").Build();
        FailureCascade.Run(graph, ["a"]).Should().Equal("a", "c");
    }

    [Fact]
    public void Run_requires_any_node_survives_while_one_supplier_remains()
    {
        var graph = new GraphSketch().Nodes("a", "b").Any("market").Nodes("fab").Link("a", "market", "x").Link("b", "market", "y").Link("market", "fab", "tools").Build();
        FailureCascade.Run(graph, ["a"]).Should().Equal("a");
        FailureCascade.Run(graph, ["a", "b"]).Should().Equal("a", "b", "fab", "market");
    }

    [Fact]
    public void Run_source_is_available_unless_it_fails()
    {
        var graph = new GraphSketch().Nodes("a", "b").Link("a", "b").Build();
        FailureCascade.Run(graph, []).Should().BeEmpty();
        FailureCascade.Run(graph, ["b"]).Should().Equal("b");
    }

    [Fact]
    public void Run_cycle_without_failure_stays_available()
    {
        // Equipment makers buy chips from the fab that buys their tools: the least fixpoint keeps both available.
        var graph = new GraphSketch().Nodes("tools", "fab").Link("tools", "fab", "tools").Link("fab", "tools", "chips").Build();
        FailureCascade.Run(graph, []).Should().BeEmpty();
    }

    [Fact]
    public void Run_cycle_fed_by_a_sole_outside_supplier_fails_whole()
    {
        var graph = new GraphSketch().Nodes("optics", "tools", "fab", "chip").Link("optics", "tools", "optics").Link("tools", "fab", "tools").Link("fab", "tools", "chips").Link("fab", "chip").Build();
        FailureCascade.Run(graph, ["optics"]).Should().Equal("chip", "fab", "optics", "tools");
    }

    [Fact]
    public void Run_cycle_with_outside_alternative_keeps_the_cycle_up()
    {
        var graph = new GraphSketch().Nodes("intel", "tools", "fab").Link("tools", "fab", "tools").Link("fab", "tools", "chips").Link("intel", "tools", "chips").Build();
        FailureCascade.Run(graph, ["fab"]).Should().Equal("fab");
    }

    [Fact]
    public void Run_cut_links_remove_a_supply_route()
    {
        var graph = new GraphSketch().Nodes("asml", "nikon", "smic").Link("asml", "smic", "litho").Link("nikon", "smic", "litho").Build();
        var cut = Enumerable.Range(0, graph.Links.Count).Where(l => graph.Links[l].Supplier == "asml").ToArray();
        FailureCascade.Run(graph.Topology, [], cut).Count(x => x).Should().Be(0);
        var both = Enumerable.Range(0, graph.Links.Count).ToArray();
        FailureCascade.Run(graph.Topology, [], both)[graph.IndexOf("smic")].Should().BeTrue();
    }

    [Fact]
    public void Run_unknown_id_throws_typed_exception()
    {
        var graph = new GraphSketch().Nodes("a").Build();
        var act = () => FailureCascade.Run(graph, ["zz"]);
        act.Should().Throw<UnknownNodeException>();
    }
}
