using ChipChain.Analysis.Timeline;
using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Analysis.Timeline;

/// <summary>The weeks-weighted output lost (docs/time.md), computed by hand.</summary>
public sealed class OutputLossTests
{
    private static readonly TimelineOptions Volume = new() { OutputLost = true, Horizon = 52 };

    // a (60 %) and b (40 %) both make the chips product p needs; the chips link from b may hold stock.
    private static SupplyGraph DualSource(int? stock = null) => new SupplyGraphBuilder()
        .AddNode(new Node("a") { Kind = NodeKinds.Foundry })
        .AddNode(new Node("b") { Kind = NodeKinds.Foundry })
        .AddNode(new Node("p") { Kind = NodeKinds.Product })
        .AddLink(new Link("a", "p") { Item = "chips", Share = 0.6 })
        .AddLink(new Link("b", "p") { Item = "chips", Share = 0.4, InventoryWeeks = stock })
        .Build();

    [Fact]
    public void Run_dual_source_minor_supplier_down_ten_weeks_loses_four_weeks_of_output()
    {
        var result = TimelineAnalysis.Run(DualSource(), ["b"], Volume with { Weeks = 10 });

        result.Find("p").Should().BeNull("the 60 % supplier keeps the product running");
        result.OutputLost["p"].Should().BeApproximately(4.0, 1e-9, "40 % of ten weeks");
        result.OutputLost["b"].Should().Be(10, "a failed node has level 0 while it is down");
    }

    [Fact]
    public void Run_stock_delays_the_loss_until_it_runs_out()
    {
        // Three weeks of stock cover weeks 0..2; the shortfall is felt in weeks 3..9.
        TimelineAnalysis.Run(DualSource(3), ["b"], Volume with { Weeks = 10 }).OutputLost["p"].Should().BeApproximately(0.4 * 7, 1e-9);
        TimelineAnalysis.Run(DualSource(12), ["b"], Volume with { Weeks = 10 }).OutputLost.Should().NotContainKey("p");
    }

    [Fact]
    public void Run_without_the_option_leaves_output_lost_empty()
    {
        TimelineAnalysis.Run(DualSource(), ["b"], new TimelineOptions { Weeks = 10 }).OutputLost.Should().BeEmpty();
    }

    [Fact]
    public void Run_single_sources_output_lost_equals_weeks_down()
    {
        // asml -[euv, 8 weeks]-> tsmc -[wafers, 3 weeks]-> nvidia: every item has one supplier, levels are 0 or 1.
        var graph = new SupplyGraphBuilder()
            .AddNode(new Node("asml")).AddNode(new Node("tsmc")).AddNode(new Node("nvidia") { Kind = NodeKinds.Product })
            .AddLink(new Link("asml", "tsmc") { Item = "euv", InventoryWeeks = 8 })
            .AddLink(new Link("tsmc", "nvidia") { Item = "wafers", InventoryWeeks = 3 })
            .Build();
        var result = TimelineAnalysis.Run(graph, ["asml"], Volume with { Weeks = 20 });

        result.Nodes.Should().OnlyContain(n => result.OutputLost[n.Id] == n.WeeksDown);
        result.OutputLost.Keys.Should().BeEquivalentTo(result.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void Run_sample_sk_hynix_down_fourteen_weeks_costs_the_dual_sourced_accelerators_their_hynix_share()
    {
        // SK hynix recovers in 14 weeks; its HBM line is down weeks 0..13. The MI300X takes 40 % of its HBM3 from it
        // (no stock stated): 0.4 × 14 = 5.6 weeks. The TPU v5p takes 60 % of its HBM2E: 8.4. The H100 single-sources
        // HBM3 with 8 weeks of stock: down weeks 8..13 and nothing lost before, 6 weeks.
        var result = TimelineAnalysis.Run(SampleGraphs.AiAccelerators, ["sk-hynix"], new TimelineOptions { OutputLost = true, Horizon = 26 });

        result.OutputLost["amd-mi300x"].Should().BeApproximately(5.6, 1e-9);
        result.OutputLost["google-tpu-v5p"].Should().BeApproximately(8.4, 1e-9);
        result.OutputLost["nvidia-h100"].Should().BeApproximately(6, 1e-9);
        result.Find("nvidia-h100")!.WeeksDown.Should().Be(6);
    }

    [Fact]
    public void Run_sample_ibiden_fire_costs_the_h100_its_share_of_substrate_once_the_stock_is_gone()
    {
        // Ibiden makes 60 % of the H100's ABF substrate; the item holds 8 weeks of stock, Ibiden recovers in 14 weeks:
        // weeks 8..13 at Unimicron's 0.4, 0.6 × 6 = 3.6 weeks, though the H100 never stops.
        var result = TimelineAnalysis.Run(SampleGraphs.AiAccelerators, ["ibiden"], new TimelineOptions { OutputLost = true, Horizon = 26 });

        result.Find("nvidia-h100").Should().BeNull();
        result.OutputLost["nvidia-h100"].Should().BeApproximately(3.6, 1e-9);
    }

    [Fact]
    public void Rank_sample_h100_output_lost_beside_weeks_down()
    {
        var ranking = ResilienceAnalysis.Rank(SampleGraphs.AiAccelerators, "nvidia-h100", new TimelineOptions { Weeks = 13, OutputLost = true }).Ranking;
        var plain = ResilienceAnalysis.Rank(SampleGraphs.AiAccelerators, "nvidia-h100", new TimelineOptions { Weeks = 13 }).Ranking;

        ranking.Select(e => e.Id).Should().Equal(plain.Select(e => e.Id), "the ranking order does not change");
        plain.Should().OnlyContain(e => e.OutputLostWeeks == null);
        ranking.Should().OnlyContain(e => e.OutputLostWeeks >= e.WeeksDown);
        ranking.Single(e => e.Id == "sk-hynix").OutputLostWeeks.Should().BeApproximately(6, 1e-9, "only the H100's HBM3 depends on SK hynix, single-sourced");
    }
}
