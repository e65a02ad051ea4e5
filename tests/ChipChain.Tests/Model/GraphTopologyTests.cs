using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Model;

public sealed class GraphTopologyTests
{
    private static List<List<string>> Items(SupplyGraph graph, string node)
    {
        var t = graph.Topology;
        var result = new List<List<string>>();
        var i = graph.IndexOf(node);
        for (var item = t.ItemStart[i]; item < t.ItemStart[i + 1]; item++)
        {
            var suppliers = new List<string>();
            foreach (var s in t.SuppliersOf(item))
            {
                suppliers.Add(graph[s].Id);
            }

            result.Add(suppliers);
        }

        return result;
    }

    [Fact]
    public void Items_same_item_links_are_one_group_of_alternatives()
    {
        var graph = new GraphSketch().Nodes("a", "b", "c").Link("a", "c", "wafer").Link("b", "c", "wafer").Build();
        Items(graph, "c").Should().BeEquivalentTo([new List<string> { "a", "b" }]);
    }

    [Fact]
    public void Items_different_items_are_separate_groups()
    {
        var graph = new GraphSketch().Nodes("a", "b", "c").Link("a", "c", "wafer").Link("b", "c", "resist").Build();
        Items(graph, "c").Should().HaveCount(2);
    }

    [Fact]
    public void Items_link_without_item_is_its_own_group()
    {
        var graph = new GraphSketch().Nodes("a", "b", "c").Link("a", "c").Link("b", "c").Build();
        Items(graph, "c").Should().BeEquivalentTo([new List<string> { "a" }, new List<string> { "b" }]);
    }

    [Fact]
    public void Items_requires_any_puts_every_link_in_one_group()
    {
        var graph = new GraphSketch().Nodes("a", "b").Any("m").Link("a", "m", "x").Link("b", "m", "y").Build();
        Items(graph, "m").Should().BeEquivalentTo([new List<string> { "a", "b" }]);
    }

    [Fact]
    public void Items_source_has_none()
    {
        var graph = new GraphSketch().Nodes("a", "b").Link("a", "b").Build();
        Items(graph, "a").Should().BeEmpty();
    }

    [Fact]
    public void UsesOf_lists_the_items_a_node_supplies()
    {
        var graph = new GraphSketch().Nodes("a", "b", "c").Link("a", "b", "x").Link("a", "c", "y").Build();
        var t = graph.Topology;
        var consumers = new List<string>();
        foreach (var e in t.UsesOf(graph.IndexOf("a")))
        {
            consumers.Add(graph[t.ItemOwner[t.EntryItem[e]]].Id);
        }

        consumers.Should().BeEquivalentTo("b", "c");
    }

    [Theory]
    [InlineData(new[] { 0.7, 0.3 }, new[] { 0.7, 0.3 })]
    [InlineData(new[] { 0.6, -1.0 }, new[] { 0.6, 0.4 })]
    [InlineData(new[] { -1.0, -1.0 }, new[] { 0.5, 0.5 })]
    [InlineData(new[] { 0.8, 0.4 }, new[] { 0.8 / 1.2, 0.4 / 1.2 })]
    [InlineData(new[] { 0.5, 0.25, -1.0 }, new[] { 0.5, 0.25, 0.25 })]
    [InlineData(new[] { 1.0, -1.0 }, new[] { 1.0, 0.0 })]
    [InlineData(new[] { 0.0, 0.0 }, new[] { 0.5, 0.5 })]
    public void EntryShare_normalises_per_design(double[] stated, double[] expected)
    {
        var builder = new SupplyGraphBuilder().AddNode(new Node("c"));
        for (var i = 0; i < stated.Length; i++)
        {
            builder.AddNode(new Node($"s{i}"));
            builder.AddLink(new Link($"s{i}", "c") { Item = "x", Share = stated[i] < 0 ? null : stated[i] });
        }

        var t = builder.Build().Topology;
        var item = t.ItemStart[0];
        t.SharesOf(item).ToArray().Should().Equal(expected, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void ItemName_is_the_shared_item_or_null_when_links_differ()
    {
        var graph = new GraphSketch().Nodes("a", "b").Any("m").Nodes("c").Link("a", "m", "x").Link("b", "m", "y").Link("a", "c", "z").Build();
        var t = graph.Topology;
        t.ItemName(t.ItemStart[graph.IndexOf("m")]).Should().BeNull();
        t.ItemName(t.ItemStart[graph.IndexOf("c")]).Should().Be("z");
    }

    [Fact]
    public void EntryItems_random_rows_with_empty_items_match_each_row_filled_in_turn()
    {
        // Each item has 0..3 entries: the marks of empty items fall on the next item's start (or past the end).
        Gen.Int[0, 3].Array[0, 40].Sample(sizes =>
        {
            var entryStart = new int[sizes.Length + 1];
            for (var i = 0; i < sizes.Length; i++)
            {
                entryStart[i + 1] = entryStart[i] + sizes[i];
            }

            var expected = new int[entryStart[^1]];
            for (var i = 0; i < sizes.Length; i++)
            {
                expected.AsSpan(entryStart[i], sizes[i]).Fill(i);
            }

            GraphTopology.EntryItems(sizes.Length, entryStart, expected.Length).Should().Equal(expected);
        });
    }
}
