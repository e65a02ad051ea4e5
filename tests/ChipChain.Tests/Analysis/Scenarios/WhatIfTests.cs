using ChipChain.Analysis;
using ChipChain.Analysis.Scenarios;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Scenarios;

public sealed partial class WhatIfTests
{
    private static SupplyGraph Hand() => new GraphSketch()
        .Product("p1", "US").Product("p2", "CN")
        .Node("fab1", "TW").Node("fab2", "CN").Node("litho", "NL").Node("litho2", "JP").Node("market").Any("market")
        .Link("fab1", "p1", "wafers").Link("fab2", "p2", "wafers")
        .Link("litho", "fab1", "euv")
        .Link("litho", "fab2", "duv", 0.75).Link("litho2", "fab2", "duv", 0.25)
        .Link("litho", "market").Link("litho2", "market")
        .Link("market", "fab2", "resist")
        .Build();

    [Fact]
    public void Run_fail_country_reports_failed_stopped_and_levels()
    {
        var outcome = WhatIf.Run(Hand(), new Scenario { FailedCountries = ["TW"] });

        outcome.Failed.Should().Equal("fab1");
        outcome.StoppedTargets.Should().Equal("p1");
        outcome.Stopped.Should().Equal("p1");
        outcome.Levels.Select(l => (l.Id, l.Before, l.After)).Should().Equal(("fab1", 1.0, 0.0), ("p1", 1.0, 0.0));
    }

    [Fact]
    public void Run_cut_between_countries_does_not_pass_a_country_less_node_that_can_fail()
    {
        var outcome = WhatIf.Run(Hand(), new Scenario { Cuts = [new LinkCutFilter("NL", "CN")] });

        // 'market' has no country but is a failure candidate (no kind), not a market: fab2 keeps 25 % of duv from JP
        // and its resist through it: reduced, not stopped.
        outcome.CutLinks.Should().Be(1);
        outcome.Failed.Should().BeEmpty();
        outcome.StoppedTargets.Should().BeEmpty();
        outcome.Levels.Select(l => (l.Id, l.After)).Should().Equal(("fab2", 0.25), ("p2", 0.25));
    }

    [Fact]
    public void Run_cut_with_item_matches_only_that_item()
    {
        var graph = Hand();

        var act = () => WhatIf.Run(graph, new Scenario { Cuts = [new LinkCutFilter("NL", "CN", "euv")] });

        act.Should().Throw<ScenarioException>().WithMessage("*NL:CN:euv*");
        WhatIf.Run(graph, new Scenario { Cuts = [new LinkCutFilter("NL", "TW", "euv")] }).StoppedTargets.Should().Equal("p1");
    }

    [Fact]
    public void Run_degrade_lowers_levels_without_stopping()
    {
        var outcome = WhatIf.Run(Hand(), new Scenario { Degradations = [new NodeDegradation("litho", 0.5)] });

        outcome.Failed.Should().BeEmpty();
        outcome.Stopped.Should().BeEmpty();
        outcome.Levels.Select(l => (l.Id, l.After)).Should().Equal(
            ("fab1", 0.5), ("fab2", 0.625), ("litho", 0.5), ("market", 0.75), ("p1", 0.5), ("p2", 0.625));
    }

    [Fact]
    public void Run_degrade_to_zero_is_a_failure()
    {
        var outcome = WhatIf.Run(Hand(), new Scenario { Degradations = [new NodeDegradation("fab1", 0)] });

        outcome.Failed.Should().Equal("fab1");
        outcome.StoppedTargets.Should().Equal("p1");
    }

    [Fact]
    public void Run_failed_target_counts_as_stopped_target_but_not_as_stopped_node()
    {
        var outcome = WhatIf.Run(Hand(), new Scenario { FailedNodes = ["p2"] });

        outcome.StoppedTargets.Should().Equal("p2");
        outcome.Stopped.Should().BeEmpty();
    }

    [Fact]
    public void Run_unknown_country_or_node_throws()
    {
        var graph = Hand();

        ((Action)(() => WhatIf.Run(graph, new Scenario { FailedCountries = ["XX"] }))).Should().Throw<ScenarioException>().WithMessage("*'XX'*");
        ((Action)(() => WhatIf.Run(graph, new Scenario { FailedNodes = ["nope"] }))).Should().Throw<UnknownNodeException>();
    }

    [Fact]
    public void Run_sample_taiwan_outage_stops_every_tsmc_product_and_no_smic_one()
    {
        var outcome = WhatIf.Run(SampleGraphs.AiAccelerators, new Scenario { FailedCountries = ["TW"] });

        outcome.StoppedTargets.Should().Equal(SampleGraphs.TsmcProducts);
        outcome.Failed.Should().Contain(["tsmc", "ase", "kyec", "unimicron", "globalwafers"]);
    }

    [Fact]
    public void Run_sample_asml_outage_stops_tsmc_products_and_lowers_smic_ones()
    {
        var outcome = WhatIf.Run(SampleGraphs.AiAccelerators, new Scenario { FailedNodes = ["asml"] });

        outcome.StoppedTargets.Should().Equal(SampleGraphs.TsmcProducts);
        outcome.Levels.Select(l => l.Id).Should().Contain(SampleGraphs.SmicProducts);
    }

    [Fact]
    public void NodeDegradation_level_outside_unit_interval_throws()
    {
        var act = () => new NodeDegradation("a", 1.5);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Run_random_scenarios_equal_independent_cascade_and_supply_levels()
    {
        var gen = RandomGraphs.Graphs(8).SelectMany(g => Gen.Select(
            Gen.Const(g),
            Gen.Int[0, g.NodeCount - 1].Array[0, 2],
            Gen.Int[0, RandomGraphs.Countries.Length - 1].Array[0, 1],
            Gen.Int[0, Math.Max(0, g.Links.Count - 1)].Array[0, 2],
            Gen.Select(Gen.Int[0, g.NodeCount - 1], Gen.Int[0, 4]).Array[0, 2]));
        gen.Sample((graph, failed, countryPicks, linkPicks, degrades) =>
        {
            var countries = countryPicks.Select(c => RandomGraphs.Countries[c]).Where(c => graph.Nodes.Any(n => n.Country == c && n.IsFailureCandidate)).Distinct().ToList();
            var cuts = linkPicks.Where(l => l < graph.Links.Count)
                .Select(l => (graph[graph.SupplierIndex(l)].Country, graph[graph.ConsumerIndex(l)].Country, graph.Links[l].Item))
                .Where(c => c.Item1 is not null && c.Item2 is not null)

                // Through markets a cut reaches further than this reference's direct links: WhatIfTests.Markets checks that.
                .Where(_ => !graph.Nodes.Any(n => n.Country is null && !n.IsFailureCandidate))
                .Select(c => new LinkCutFilter(c.Item1!, c.Item2!, c.Item))
                .ToList();
            var degradations = degrades.Select(d => new NodeDegradation(graph[d.Item1].Id, d.Item2 * 0.25)).ToList();
            var scenario = new Scenario
            {
                FailedNodes = failed.Select(f => graph[f].Id).ToList(),
                FailedCountries = countries,
                Cuts = cuts,
                Degradations = degradations,
            };

            var outcome = WhatIf.Run(graph, scenario);

            var own = Enumerable.Repeat(1.0, graph.NodeCount).ToArray();
            foreach (var d in degradations)
            {
                own[graph.IndexOf(d.Id)] = Math.Min(own[graph.IndexOf(d.Id)], d.Level);
            }

            var direct = Enumerable.Range(0, graph.NodeCount)
                .Where(v => failed.Contains(v) || (countries.Contains(graph[v].Country ?? "-") && graph[v].IsFailureCandidate) || own[v] == 0)
                .ToList();
            var cutLinks = Enumerable.Range(0, graph.Links.Count).Where(l => cuts.Any(c => c.Matches(graph, l))).ToArray();
            var down = NaiveCascade.Run(graph, direct, cutLinks);
            foreach (var v in direct)
            {
                own[v] = 0;
            }

            var after = SupplyLevels.Compute(graph, own, cutLinks);
            outcome.Failed.Should().Equal(direct.Select(v => graph[v].Id).Order(StringComparer.Ordinal));
            outcome.FailedStructure.Should().Equal(direct.Where(v => !graph[v].IsFailureCandidate).Select(v => graph[v].Id).Order(StringComparer.Ordinal));
            outcome.Stopped.Should().Equal(Enumerable.Range(0, graph.NodeCount).Where(v => down[v] && !direct.Contains(v)).Select(v => graph[v].Id).Order(StringComparer.Ordinal));
            outcome.StoppedTargets.Should().Equal(graph.DefaultTargets().Where(t => down[t]).Select(t => graph[t].Id).Order(StringComparer.Ordinal));
            outcome.Levels.Select(l => l.Id).Should().Equal(Enumerable.Range(0, graph.NodeCount).Where(v => after[v] < 1 - 1e-9).Select(v => graph[v].Id).Order(StringComparer.Ordinal));
            foreach (var change in outcome.Levels)
            {
                change.After.Should().BeApproximately(after[graph.IndexOf(change.Id)], 1e-8);
            }

            if (failed.Length == 1 && graph[failed[0]].IsFailureCandidate && countries.Count == 0 && cuts.Count == 0 && degradations.Count == 0)
            {
                var sets = SinglePointsOfFailure.Compute(graph);
                outcome.Stopped.Should().BeEquivalentTo(Enumerable.Range(0, graph.NodeCount).Where(v => v != failed[0] && sets.Stops(failed[0], v)).Select(v => graph[v].Id));
            }
        }, iter: 2000, print: t => RandomGraphs.Describe(t.Item1) + $" fail [{string.Join(',', t.Item2)}] countries [{string.Join(',', t.Item3)}] links [{string.Join(',', t.Item4)}] degrade [{string.Join(',', t.Item5)}]");
    }
}
