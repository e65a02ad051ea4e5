using ChipChain.Generation;
using ChipChain.Json;
using ChipChain.Model;

namespace ChipChain.Tests.Generation;

public sealed partial class SyntheticGraphGeneratorTests
{
    private static SupplyGraph Generate(int nodes, ulong seed = 1, double suppliers = 4, double cycles = 0.001, double any = 0.1) =>
        SyntheticGraphGenerator.Generate(nodes, seed, suppliers, cycles, any);

    [Fact]
    public void Generate_arguments_give_the_graph_of_the_same_options()
    {
        var options = new SyntheticGraphOptions(500) { Seed = 9, AverageSuppliers = 3, CycleFraction = 0.05, AnyFraction = 0.3 };

        SupplyGraphJson.ToJson(Generate(500, seed: 9, suppliers: 3, cycles: 0.05, any: 0.3)).Should().Be(SupplyGraphJson.ToJson(SyntheticGraphGenerator.Generate(options)));
    }

    [Fact]
    public void Generate_too_few_nodes_throws_naming_the_limit()
    {
        var act = () => SyntheticGraphGenerator.Generate(5);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*at least 6*");
    }

    [Fact]
    public void Generate_same_seed_twice_gives_byte_identical_json()
    {
        var first = SupplyGraphJson.ToJson(Generate(3000, seed: 42));
        var second = SupplyGraphJson.ToJson(Generate(3000, seed: 42));

        second.Should().Be(first);
    }

    [Fact]
    public void Generate_different_seeds_give_different_graphs()
    {
        var first = SupplyGraphJson.ToJson(Generate(3000, seed: 1));
        var second = SupplyGraphJson.ToJson(Generate(3000, seed: 2));

        second.Should().NotBe(first);
    }

    [Theory]
    [InlineData(2000, 4.0)]
    [InlineData(5000, 2.5)]
    [InlineData(1000, 6.0)]
    public void Generate_counts_nodes_exactly_and_links_as_average_times_nodes(int nodes, double suppliers)
    {
        var graph = Generate(nodes, suppliers: suppliers, cycles: 0.002);

        graph.NodeCount.Should().Be(nodes);
        graph.Links.Count.Should().Be((int)Math.Round(suppliers * nodes));
    }

    [Fact]
    public void Generate_tiers_run_from_materials_and_equipment_to_products()
    {
        var graph = Generate(5000, cycles: 0);
        var tierOfKind = new Dictionary<string, int>
        {
            [NodeKinds.Materials] = 0, [NodeKinds.Equipment] = 0, [NodeKinds.Eda] = 0, [NodeKinds.Ip] = 0,
            [NodeKinds.Input] = 1, [NodeKinds.Memory] = 1, [NodeKinds.Foundry] = 2, [NodeKinds.Idm] = 2,
            [NodeKinds.Osat] = 3, [NodeKinds.Designer] = 4, [NodeKinds.Product] = 5,
        };
        var tiers = graph.Nodes.Select(n => tierOfKind[n.Kind!]).ToList();

        tiers.Should().BeInAscendingOrder("nodes come in tier order, upstream first");
        tiers.Distinct().Should().BeEquivalentTo([0, 1, 2, 3, 4, 5]);
        for (var l = 0; l < graph.Links.Count; l++)
        {
            tiers[graph.SupplierIndex(l)].Should().BeLessThan(tiers[graph.ConsumerIndex(l)], "without back links every link runs down the tiers");
        }

        for (var v = 0; v < graph.NodeCount; v++)
        {
            var hasSuppliers = graph.Topology.ItemStart[v + 1] > graph.Topology.ItemStart[v];
            hasSuppliers.Should().Be(tiers[v] > 0, "the first tier are the sources and every other node has a supplier");
        }
    }

    [Fact]
    public void Generate_without_cycles_is_acyclic()
    {
        var graph = Generate(5000, cycles: 0);

        Enumerable.Range(0, graph.Components.Count).Should().NotContain(c => graph.Components.IsCyclic(c));
    }

    [Fact]
    public void Generate_with_cycles_has_back_links_in_cyclic_components()
    {
        var graph = Generate(5000, cycles: 0.01);
        var backLinks = Enumerable.Range(0, graph.Links.Count).Where(l => graph.SupplierIndex(l) > graph.ConsumerIndex(l)).ToList();

        backLinks.Should().HaveCount((int)Math.Round(0.01 * graph.Links.Count));
        foreach (var l in backLinks)
        {
            var components = graph.Components;
            components.ComponentOf(graph.SupplierIndex(l)).Should().Be(components.ComponentOf(graph.ConsumerIndex(l)), "a back link closes a cycle");
            components.IsCyclic(components.ComponentOf(graph.SupplierIndex(l))).Should().BeTrue();
        }
    }
}
