using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Model;

public sealed class SupplyGraphBuilderTests
{
    [Fact]
    public void AddNode_duplicate_id_throws_typed_exception()
    {
        var builder = new SupplyGraphBuilder().AddNode(new Node("a"));
        var act = () => builder.AddNode(new Node("a"));
        act.Should().Throw<DuplicateNodeException>().Which.NodeId.Should().Be("a");
    }

    [Fact]
    public void AddNode_ids_are_case_sensitive()
    {
        var graph = new SupplyGraphBuilder().AddNode(new Node("a")).AddNode(new Node("A")).Build();
        graph.NodeCount.Should().Be(2);
    }

    [Fact]
    public void Build_link_to_unknown_node_throws_typed_exception()
    {
        var builder = new SupplyGraphBuilder().AddNode(new Node("a")).AddLink(new Link("a", "ghost"));
        var act = () => builder.Build();
        act.Should().Throw<UnknownNodeException>().Which.NodeId.Should().Be("ghost");
    }

    [Fact]
    public void Build_assigns_dense_indices_in_insertion_order()
    {
        var graph = new SupplyGraphBuilder().AddNode(new Node("x")).AddNode(new Node("y")).Build();
        graph.IndexOf("x").Should().Be(0);
        graph.IndexOf("y").Should().Be(1);
        graph[1].Id.Should().Be("y");
    }

    [Fact]
    public void IndexOf_unknown_id_throws_typed_exception()
    {
        var graph = new SupplyGraphBuilder().AddNode(new Node("x")).Build();
        var act = () => graph.IndexOf("nope");
        act.Should().Throw<UnknownNodeException>();
        graph.TryGetIndex("nope", out _).Should().BeFalse();
    }

    [Fact]
    public void DefaultTargets_are_products_when_present()
    {
        var graph = new GraphSketch().Nodes("a").Product("p").Nodes("q").Link("a", "p").Link("a", "q").Build();
        graph.DefaultTargets().Select(i => graph[i].Id).Should().Equal("p");
    }

    [Fact]
    public void DefaultTargets_without_products_are_sinks()
    {
        var graph = new GraphSketch().Nodes("a", "b", "c").Link("a", "b").Link("a", "c").Build();
        graph.DefaultTargets().Select(i => graph[i].Id).Should().Equal("b", "c");
    }
}
