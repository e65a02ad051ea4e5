using ChipChain.Analysis;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Analysis.Scenarios;
using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Analysis;

/// <summary>
/// Hand-computed cases of failure candidates versus structure: markets, categories and process steps are gates of
/// the fault tree, never failures of their own, in every analysis that tries failures.
/// </summary>
public sealed class FailureCandidatesTests
{
    // chip needs a fab; the fab needs EUV tools, a market (structure) whose only maker is the scanner firm, and wafers
    // from either a wafer firm or stock bought before a disruption (a structure source: it cannot fail).
    private static SupplyGraph Euv() => new GraphSketch()
        .Product("chip", "US")
        .Node("fab", "TW", kind: NodeKinds.Foundry)
        .Market("euv-tools")
        .Node("scanner-maker", "NL", kind: NodeKinds.Equipment)
        .Node("wafer-firm", "JP", kind: NodeKinds.Materials)
        .Node("wafer-stock", kind: NodeKinds.Input)
        .Link("fab", "chip", "wafer-fabrication")
        .Link("euv-tools", "fab", "euv-lithography")
        .Link("scanner-maker", "euv-tools")
        .Link("wafer-firm", "fab", "wafers")
        .Link("wafer-stock", "fab", "wafers")
        .Build();

    [Fact]
    public void SinglePointsOfFailure_market_with_one_maker_lists_the_maker_not_the_market()
    {
        SinglePointsOfFailure.Of(Euv(), "chip").Should().Equal("fab", "scanner-maker");
    }

    [Fact]
    public void SinglePointsOfFailure_structure_stated_able_to_fail_is_listed()
    {
        var graph = new GraphSketch()
            .Product("chip").Node("market", any: true, kind: NodeKinds.Input, canFail: true).Node("maker")
            .Link("market", "chip", "tools").Link("maker", "market")
            .Build();

        SinglePointsOfFailure.Of(graph, "chip").Should().Equal("maker", "market");
    }

    [Fact]
    public void SinglePointsOfFailure_firm_stated_unable_to_fail_is_a_gate_its_supplier_still_listed()
    {
        var graph = new GraphSketch()
            .Product("chip").Node("various-companies", kind: NodeKinds.Equipment, canFail: false).Node("laser-maker")
            .Link("various-companies", "chip", "tools").Link("laser-maker", "various-companies", "lasers")
            .Build();

        SinglePointsOfFailure.Of(graph, "chip").Should().Equal("laser-maker");
    }

    [Fact]
    public void MinimalCutSets_stock_alternative_leaves_no_cut_through_wafers()
    {
        var cuts = MinimalCutSets.Compute(Euv(), "chip", 3).CutSets.Select(c => string.Join("+", c));

        cuts.Should().Equal("fab", "scanner-maker");
    }

    [Fact]
    public void MinimumCut_route_through_structure_only_has_no_cut()
    {
        var graph = new GraphSketch()
            .Product("chip").Node("maker").Node("stock", kind: NodeKinds.Input)
            .Link("maker", "chip", "dies").Link("stock", "chip", "dies")
            .Build();

        var cut = MinimumCut.Find(graph, "chip");

        cut.Nodes.Should().BeEmpty();
        cut.Method.Should().Be("none");
        cut.Complete.Should().BeTrue();
    }

    [Fact]
    public void MinimumCut_market_is_never_cut_its_maker_is()
    {
        MinimumCut.Find(Euv(), "chip").Nodes.Should().Equal("fab");
        var orOnly = new GraphSketch()
            .Node("chip", any: true, kind: NodeKinds.Product).Market("euv-tools").Node("asml")
            .Link("euv-tools", "chip").Link("asml", "euv-tools")
            .Build();

        var cut = MinimumCut.Find(orOnly, "chip");

        cut.Method.Should().Be("max-flow");
        cut.Nodes.Should().Equal("asml");
    }

    [Fact]
    public void Criticality_ranks_candidates_only()
    {
        var ranking = Criticality.Rank(Euv());

        ranking.Ranking.Select(e => e.Id).Should().BeEquivalentTo(["chip", "fab", "scanner-maker", "wafer-firm"]);
        ranking.Ranking.Single(e => e.Id == "scanner-maker").StoppedNodes.Should().Be(3, "the market, the fab and the chip go down");
    }

    [Fact]
    public void Exposure_lists_candidates_only()
    {
        var exposure = Exposure.Compute(Euv(), "chip").Exposure.Select(e => $"{e.Id}:{e.Value}");

        exposure.Should().Equal("fab:1", "scanner-maker:1", "wafer-firm:0.5");
    }

    [Fact]
    public void WhatIf_failing_a_market_by_name_runs_and_says_it_is_structure()
    {
        var outcome = WhatIf.Run(Euv(), new Scenario { FailedNodes = ["euv-tools"] });

        outcome.Failed.Should().Equal("euv-tools");
        outcome.FailedStructure.Should().Equal("euv-tools");
        outcome.StoppedTargets.Should().Equal("chip");
    }

    [Fact]
    public void WhatIf_failed_country_fails_its_candidates_not_structure_tagged_with_it()
    {
        var graph = new GraphSketch()
            .Product("chip").Node("tw-market", "TW", any: true, kind: NodeKinds.Input).Node("tw-fab", "TW").Node("us-fab", "US")
            .Link("tw-market", "chip", "wafers").Link("tw-fab", "tw-market").Link("us-fab", "tw-market")
            .Build();

        var outcome = WhatIf.Run(graph, new Scenario { FailedCountries = ["TW"] });

        outcome.Failed.Should().Equal("tw-fab");
        outcome.StoppedTargets.Should().BeEmpty("the US fab still supplies the market");
    }

    [Fact]
    public void BottleneckAnalysis_item_only_a_placeholder_supplies_is_no_chokepoint()
    {
        var graph = new GraphSketch()
            .Product("chip").Node("various-companies", kind: NodeKinds.Equipment, canFail: false).Node("disco", "JP", kind: NodeKinds.Equipment)
            .Link("various-companies", "chip", "ion-milling").Link("disco", "chip", "dicing")
            .Build();

        var items = BottleneckAnalysis.Analyse(graph, "chip").Chokepoints.Select(c => c.Row.Item);

        items.Should().Equal("dicing");
    }
}
