using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;

namespace ChipChain.Tests.Analysis.Bottlenecks;

public class CapacityBottlenecksTests
{
    [Fact]
    public void Compute_market_supply_is_bound_by_the_smallest_cut_of_node_and_link_capacities()
    {
        // fab takes wafers from a market fed by a (50/month) and b (30/month), and directly from c over a link of 5.
        // a's link into the market carries at most 20, so 20 + 30 + 5 = 55 reaches the fab.
        var g = new SupplyGraphBuilder()
            .AddNode(new Node("fab"))
            .AddNode(new Node("market") { Requires = Requirement.Any })
            .AddNode(new Node("a") { Capacity = 50, Unit = "wafers/month" })
            .AddNode(new Node("b") { Capacity = 30, Unit = "wafers/month" })
            .AddNode(new Node("c") { Capacity = 100, Unit = "wafers/month" })
            .AddLink(new Link("a", "market") { Capacity = 20 })
            .AddLink(new Link("b", "market"))
            .AddLink(new Link("market", "fab") { Item = "wafers" })
            .AddLink(new Link("c", "fab") { Item = "wafers", Capacity = 5 })
            .Build();
        var fab = CapacityBottlenecks.Compute(g).Single(b => b.Consumer == "fab");
        fab.MaximumFlow.Should().Be(55);
        fab.Unit.Should().Be("wafers/month");
        fab.Binding.Should().Equal(new CapacityLimit("a", "market", 20), new CapacityLimit("b", null, 30), new CapacityLimit("c", "fab", 5));
    }

    [Fact]
    public void Compute_skips_unbounded_and_mixed_unit_supply()
    {
        var g = new SupplyGraphBuilder()
            .AddNode(new Node("x")).AddNode(new Node("y"))
            .AddNode(new Node("a") { Capacity = 5, Unit = "t" }).AddNode(new Node("b"))
            .AddNode(new Node("c") { Capacity = 5, Unit = "t" }).AddNode(new Node("d") { Capacity = 5, Unit = "kg" })
            .AddLink(new Link("a", "x") { Item = "i" }).AddLink(new Link("b", "x") { Item = "i" })
            .AddLink(new Link("c", "y") { Item = "i" }).AddLink(new Link("d", "y") { Item = "i" })
            .Build();
        CapacityBottlenecks.Compute(g).Should().BeEmpty();
    }
}
