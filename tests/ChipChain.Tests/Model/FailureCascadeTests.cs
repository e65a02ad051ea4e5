using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Model;

public sealed partial class FailureCascadeTests
{
    [Fact]
    public void Run_different_items_are_all_required()
    {
        var graph = Graphs.Build(["wafer", "resist", "fab"], "wafer>fab:wafer", "resist>fab:resist");
        Graphs.Unavailable(graph, "resist").Should().Equal("fab", "resist");
    }

    [Fact]
    public void Run_alternative_suppliers_of_one_item_need_all_to_fail()
    {
        var graph = Graphs.Build(["hoya", "agc", "fab"], "hoya>fab:blanks", "agc>fab:blanks");
        Graphs.Unavailable(graph, "hoya").Should().Equal("hoya");
        Graphs.Unavailable(graph, "hoya", "agc").Should().Equal("agc", "fab", "hoya");
    }

    [Fact]
    public void Run_link_without_item_requires_that_supplier()
    {
        var graph = Graphs.Build(["a", "b", "c"], "a>c", "b>c");
        Graphs.Unavailable(graph, "a").Should().Equal("a", "c");
    }

    [Fact]
    public void Run_requires_any_node_survives_while_one_supplier_remains()
    {
        var graph = Graphs.Build(["a", "b", "market:any", "fab"], "a>market:x", "b>market:y", "market>fab:tools");
        Graphs.Unavailable(graph, "a").Should().Equal("a");
        Graphs.Unavailable(graph, "a", "b").Should().Equal("a", "b", "fab", "market");
    }

    [Fact]
    public void Run_source_is_available_unless_it_fails()
    {
        var graph = Graphs.Build(["a", "b"], "a>b");
        Graphs.Unavailable(graph).Should().BeEmpty();
        Graphs.Unavailable(graph, "b").Should().Equal("b");
    }

    [Fact]
    public void Run_cycle_without_failure_stays_available()
    {
        // Equipment makers buy chips from the fab that buys their tools: the least fixpoint keeps both available.
        var graph = Graphs.Build(["tools", "fab"], "tools>fab:tools", "fab>tools:chips");
        Graphs.Unavailable(graph).Should().BeEmpty();
    }

    [Fact]
    public void Run_cycle_fed_by_a_sole_outside_supplier_fails_whole()
    {
        var graph = Graphs.Build(["optics", "tools", "fab", "chip"], "optics>tools:optics", "tools>fab:tools", "fab>tools:chips", "fab>chip");
        Graphs.Unavailable(graph, "optics").Should().Equal("chip", "fab", "optics", "tools");
    }

    [Fact]
    public void Run_cycle_with_outside_alternative_keeps_the_cycle_up()
    {
        var graph = Graphs.Build(["intel", "tools", "fab"], "tools>fab:tools", "fab>tools:chips", "intel>tools:chips");
        Graphs.Unavailable(graph, "fab").Should().Equal("fab");
    }

    [Fact]
    public void Run_cut_links_remove_a_supply_route()
    {
        var graph = Graphs.Build(["asml", "nikon", "smic"], "asml>smic:litho", "nikon>smic:litho");
        var cut = Enumerable.Range(0, graph.Links.Count).Where(l => graph.Links[l].Supplier == "asml").ToArray();
        FailureCascade.Run(graph.Topology, [], cut).Count(x => x).Should().Be(0);
        var both = Enumerable.Range(0, graph.Links.Count).ToArray();
        FailureCascade.Run(graph.Topology, [], both)[graph.IndexOf("smic")].Should().BeTrue();
    }

    [Fact]
    public void Run_unknown_id_throws_typed_exception()
    {
        var graph = Graphs.Build(["a"]);
        var act = () => FailureCascade.Run(graph, ["zz"]);
        act.Should().Throw<UnknownNodeException>();
    }
}
