using ChipChain.Analysis;
using ChipChain.Generation;
using ChipChain.Json;
using ChipChain.Model;

namespace ChipChain.Tests.Generation;

public sealed partial class SyntheticGraphGeneratorTests
{
    [Fact]
    public void Generate_any_one_makes_every_node_requires_any()
    {
        var graph = Generate(3000, any: 1);

        graph.Nodes.Should().OnlyContain(n => n.Requires == Requirement.Any);
    }

    [Fact]
    public void Generate_any_zero_makes_no_market_and_a_fraction_makes_about_that_many()
    {
        Generate(3000, any: 0).Nodes.Should().OnlyContain(n => n.Requires == Requirement.All);
        Generate(10_000, any: 0.3).Nodes.Count(n => n.Requires == Requirement.Any).Should().BeInRange(2700, 3300);
    }

    [Fact]
    public void Generate_items_of_all_nodes_have_one_to_five_alternatives_with_shares_summing_to_one()
    {
        var graph = Generate(5000, cycles: 0);
        var t = graph.Topology;
        var sizes = new HashSet<int>();
        for (var item = 0; item < t.ItemCount; item++)
        {
            if (graph[t.ItemOwner[item]].Requires == Requirement.Any)
            {
                continue;
            }

            var suppliers = t.SuppliersOf(item);
            sizes.Add(suppliers.Length);
            suppliers.Length.Should().BeInRange(1, 5);
            suppliers.ToArray().Should().OnlyHaveUniqueItems();
            var stated = t.EntryLink.Slice(t.EntryStart[item], suppliers.Length).ToArray().Select(l => graph.Links[l].Share).ToList();
            if (suppliers.Length == 1)
            {
                stated.Should().Equal([null], "a sole supplier covers the whole need");
            }
            else
            {
                stated.Should().OnlyContain(s => s > 0 && s < 1);
                stated.Sum(s => s!.Value).Should().BeApproximately(1, 1e-9);
            }
        }

        sizes.Should().BeEquivalentTo([1, 2, 3, 4, 5]);
    }

    [Fact]
    public void Generate_supplier_degrees_are_long_tailed()
    {
        var graph = Generate(20_000, cycles: 0);
        var degrees = Enumerable.Range(0, graph.NodeCount).Select(v => graph.Topology.UsesOf(v).Length).Where(d => d > 0).ToList();

        degrees.Max().Should().BeGreaterThan(20 * (int)degrees.Average(), "a few suppliers serve very many consumers");
        degrees.Count(d => d == 1).Should().BeGreaterThan(degrees.Count / 10, "most suppliers serve few");
    }

    [Fact]
    public void Generate_assigns_countries_with_a_few_dominating()
    {
        var graph = Generate(10_000);
        var byCountry = graph.Nodes.GroupBy(n => n.Country!).ToDictionary(g => g.Key, g => g.Count());

        byCountry.Should().ContainKeys("TW", "US", "CN");
        byCountry.Count.Should().BeGreaterThan(15);
        byCountry["TW"].Should().BeGreaterThan(byCountry.Values.Min() * 10);
    }

    [Fact]
    public void Generate_graph_round_trips_through_json_unchanged()
    {
        var graph = Generate(2000, cycles: 0.01, any: 0.2);
        var json = SupplyGraphJson.ToJson(graph);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var loaded = SupplyGraphJson.Load(stream, "generated.json");

        SupplyGraphJson.ToJson(loaded).Should().Be(json);
        loaded.Topology.ItemCount.Should().Be(graph.Topology.ItemCount);
        loaded.Topology.EntrySupplier.ToArray().Should().Equal(graph.Topology.EntrySupplier.ToArray());
    }

    [Theory]
    [InlineData(5, 4, 0.0, 0.0, "Nodes")]
    [InlineData(100, 0, 0.0, 0.0, "AverageSuppliers")]
    [InlineData(100, 65, 0.0, 0.0, "AverageSuppliers")]
    [InlineData(100, 4, 0.6, 0.0, "CycleFraction")]
    [InlineData(100, 4, -0.1, 0.0, "CycleFraction")]
    [InlineData(100, 4, 0.0, 1.5, "AnyFraction")]
    public void Generate_out_of_range_options_throw_naming_the_option(int nodes, double suppliers, double cycles, double any, string option)
    {
        var act = () => SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(nodes) { AverageSuppliers = suppliers, CycleFraction = cycles, AnyFraction = any });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(option);
    }

    [Fact]
    public void Generate_smallest_graph_has_one_node_per_tier()
    {
        var graph = Generate(SyntheticGraphOptions.MinimumNodes, cycles: 0);

        graph.Nodes.Select(n => n.Kind).Last().Should().Be(NodeKinds.Product);
        graph.Links.Should().NotBeEmpty();
        FailureCascade.Run(graph, [graph[0].Id]).Should().Contain(graph[0].Id);
    }
}
