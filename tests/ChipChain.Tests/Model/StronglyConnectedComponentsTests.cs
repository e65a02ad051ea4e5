using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Model;

public sealed class StronglyConnectedComponentsTests
{
    [Fact]
    public void Components_cycle_is_one_cyclic_component()
    {
        var graph = new GraphSketch().Nodes("a", "b", "c", "d").Link("a", "b").Link("b", "c").Link("c", "b").Link("c", "d").Build();
        var scc = graph.Components;
        scc.Count.Should().Be(3);
        scc.ComponentOf(graph.IndexOf("b")).Should().Be(scc.ComponentOf(graph.IndexOf("c")));
        scc.IsCyclic(scc.ComponentOf(graph.IndexOf("b"))).Should().BeTrue();
        scc.IsCyclic(scc.ComponentOf(graph.IndexOf("a"))).Should().BeFalse();
    }

    [Fact]
    public void Components_are_in_topological_order_on_random_graphs()
    {
        RandomGraphs.Graphs(10).Sample(g =>
        {
            var scc = g.Components;
            for (var l = 0; l < g.Links.Count; l++)
            {
                if (scc.ComponentOf(g.SupplierIndex(l)) > scc.ComponentOf(g.ConsumerIndex(l)))
                {
                    return false;
                }
            }

            var total = Enumerable.Range(0, scc.Count).Sum(c => scc.Members(c).Length);
            return total == g.NodeCount;
        }, iter: 2000);
    }

    [Fact]
    public void Components_handle_a_long_chain_without_recursion()
    {
        var nodes = Enumerable.Range(0, 200_000).Select(i => $"n{i}").ToArray();
        var sketch = new GraphSketch().Nodes(nodes);
        for (var i = 1; i < nodes.Length; i++)
        {
            sketch.Link(nodes[i - 1], nodes[i]);
        }

        var graph = sketch.Build();
        graph.Components.Count.Should().Be(nodes.Length);
        graph.Components.ComponentOf(0).Should().Be(0);
    }
}
