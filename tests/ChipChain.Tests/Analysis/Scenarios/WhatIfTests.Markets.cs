using ChipChain.Analysis.Scenarios;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Scenarios;

public sealed partial class WhatIfTests
{
    private static readonly string?[] CutKinds = [null, NodeKinds.Foundry, NodeKinds.Product];

    // Two fabs, in CN and TW, buy lithography from one market fed by a Dutch (75 %) and a Japanese (25 %) maker;
    // the Dutch maker also ships resist to the CN fab directly.
    private static SupplyGraph Markets() => new GraphSketch()
        .Product("p-cn", "CN").Product("p-tw", "TW")
        .Node("fab-cn", "CN", kind: NodeKinds.Foundry).Node("fab-tw", "TW", kind: NodeKinds.Foundry)
        .Node("nl", "NL", kind: NodeKinds.Equipment).Node("jp", "JP", kind: NodeKinds.Equipment)
        .Market("litho").Market("scanners")
        .Link("nl", "scanners", share: 0.75).Link("jp", "scanners", share: 0.25).Link("scanners", "litho")
        .Link("litho", "fab-cn", "lithography").Link("litho", "fab-tw", "lithography").Link("nl", "fab-cn", "resist")
        .Link("fab-cn", "p-cn", "wafers").Link("fab-tw", "p-tw", "wafers")
        .Build();

    [Fact]
    public void Run_cut_through_two_markets_removes_the_supplier_for_that_consumer_only()
    {
        var outcome = WhatIf.Run(Markets(), new Scenario { Cuts = [new LinkCutFilter("NL", "CN", "lithography")] });

        // fab-cn keeps Japan's 25 % of the market; fab-tw and the markets themselves keep the Dutch 75 %.
        outcome.CutLinks.Should().Be(0);
        outcome.CutDeliveries.Should().Be(1);
        outcome.StoppedTargets.Should().BeEmpty();
        outcome.Levels.Select(l => (l.Id, l.After)).Should().Equal(("fab-cn", 0.25), ("p-cn", 0.25));
    }

    [Fact]
    public void Run_cut_of_every_maker_stops_the_consumer_but_not_the_market_or_its_other_consumers()
    {
        var outcome = WhatIf.Run(Markets(), new Scenario { Cuts = [new LinkCutFilter("NL", "CN", "lithography"), new LinkCutFilter("JP", "CN")] });

        outcome.StoppedTargets.Should().Equal("p-cn");
        outcome.Stopped.Should().Equal("fab-cn", "p-cn");
    }

    [Fact]
    public void Run_cut_without_item_takes_direct_links_and_deliveries_through_markets_together()
    {
        var outcome = WhatIf.Run(Markets(), new Scenario { Cuts = [new LinkCutFilter("NL", "CN")] });

        outcome.CutLinks.Should().Be(1, "nl -> fab-cn (resist) is direct");
        outcome.CutDeliveries.Should().Be(1);
        outcome.StoppedTargets.Should().Equal(["p-cn"], "the resist came from the Dutch maker alone");
    }

    [Fact]
    public void Run_cut_by_kind_matches_only_suppliers_and_consumers_of_that_kind()
    {
        var graph = Markets();

        WhatIf.Run(graph, new Scenario { Cuts = [new LinkCutFilter("NL", "CN", "lithography") { SupplierKind = NodeKinds.Equipment, ConsumerKind = NodeKinds.Foundry }] })
            .Levels.Select(l => l.Id).Should().Equal("fab-cn", "p-cn");
        var wrongKind = () => WhatIf.Run(graph, new Scenario { Cuts = [new LinkCutFilter("NL", "CN") { SupplierKind = NodeKinds.Materials }] });
        wrongKind.Should().Throw<ScenarioException>().WithMessage("*NL:CN (materials to any)*through markets*");
    }

    [Fact]
    public void Run_cut_through_market_of_a_failed_market_keeps_it_failed_for_the_consumer()
    {
        var outcome = WhatIf.Run(Markets(), new Scenario { FailedNodes = ["scanners"], Cuts = [new LinkCutFilter("NL", "CN", "lithography")] });

        outcome.StoppedTargets.Should().Equal("p-cn", "p-tw");
        outcome.FailedStructure.Should().Equal("scanners");
    }

    [Fact]
    public void Run_sample_dutch_arf_immersion_cut_to_china_leaves_smic_nikon_share_and_tsmc_untouched()
    {
        var outcome = WhatIf.Run(SampleGraphs.AiAccelerators, new Scenario { Cuts = [new LinkCutFilter("NL", "CN", "arf-immersion-lithography")] });

        // ASML has 99.3 % of ArF immersion (ETO); SMIC and CXMT keep Nikon's 0.7 %; TSMC and the Korean fabs keep ASML.
        outcome.CutDeliveries.Should().Be(2);
        outcome.StoppedTargets.Should().BeEmpty();
        outcome.Levels.Single(l => l.Id == "smic-7nm").After.Should().BeApproximately(0.007, 1e-9);
        outcome.Levels.Select(l => l.Id).Should().NotContain(["tsmc-leading-edge", "nvidia-h100", "sk-hynix-dram"]);
    }

    [Fact]
    public void Run_random_cuts_through_markets_equal_the_context_fixpoint()
    {
        var gen = RandomGraphs.Graphs(8).SelectMany(g => Gen.Select(
            Gen.Const(g),
            Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 2]).Array[1, 3],
            Gen.Int[0, g.NodeCount - 1].Array[0, 1],
            Gen.Select(Gen.Int[0, g.NodeCount - 1], Gen.Int[1, 3]).Array[0, 1]));
        gen.Sample((graph, picks, failed, degrades) =>
        {
            var filters = picks.Select(p => new MarketCutOracle.Filter(
                RandomGraphs.Countries[p.Item1], RandomGraphs.Countries[p.Item2], p.Item3 == 0 ? null : $"i{p.Item3}", CutKinds[p.Item4], CutKinds[p.Item5])).ToList();
            var scenario = new Scenario
            {
                FailedNodes = failed.Select(f => graph[f].Id).ToList(),
                Cuts = filters.Select(f => new LinkCutFilter(f.SupplierCountry, f.ConsumerCountry, f.Item) { SupplierKind = f.SupplierKind, ConsumerKind = f.ConsumerKind }).ToList(),
                Degradations = degrades.Select(d => new NodeDegradation(graph[d.Item1].Id, d.Item2 * 0.25)).ToList(),
            };
            var oracle = new MarketCutOracle(graph, filters);
            if (!oracle.Matched.All(m => m))
            {
                var act = () => WhatIf.Run(graph, scenario);
                act.Should().Throw<ScenarioException>();
                return;
            }

            var outcome = WhatIf.Run(graph, scenario);

            var own = Enumerable.Repeat(1.0, graph.NodeCount).ToArray();
            foreach (var d in scenario.Degradations)
            {
                own[graph.IndexOf(d.Id)] = Math.Min(own[graph.IndexOf(d.Id)], d.Level);
            }

            var direct = Enumerable.Range(0, graph.NodeCount).Where(v => failed.Contains(v) || own[v] == 0).ToHashSet();
            foreach (var v in direct)
            {
                own[v] = 0;
            }

            var down = oracle.Down(direct);
            var after = oracle.Levels(own);
            outcome.Stopped.Should().Equal(Enumerable.Range(0, graph.NodeCount).Where(v => down[v] && !direct.Contains(v)).Select(v => graph[v].Id).Order(StringComparer.Ordinal));
            outcome.StoppedTargets.Should().Equal(graph.DefaultTargets().Where(t => down[t]).Select(t => graph[t].Id).Order(StringComparer.Ordinal));
            outcome.Levels.Select(l => l.Id).Should().Equal(Enumerable.Range(0, graph.NodeCount).Where(v => after[v] < 1 - 1e-9).Select(v => graph[v].Id).Order(StringComparer.Ordinal));
            foreach (var change in outcome.Levels)
            {
                change.After.Should().BeApproximately(after[graph.IndexOf(change.Id)], 1e-7);
            }
        }, iter: 3000, print: t => RandomGraphs.Describe(t.Item1) + $" cuts [{string.Join(',', t.Item2)}] fail [{string.Join(',', t.Item3)}] degrade [{string.Join(',', t.Item4)}]");
    }
}
