using ChipChain.Analysis;
using ChipChain.Analysis.BruteForce;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis;

public sealed class CriticalityTests
{
    private static SupplyGraph Hand() => new GraphSketch()
        .Product("p1", "US").Product("p2", "US")
        .Link("f", "p1", "wafers").Link("f", "p2", "wafers")
        .Link("tool", "f", "litho", 0.7).Link("tool2", "f", "litho", 0.3)
        .Link("mem", "p1", "memory")
        .Node("f", "TW").Node("tool", "NL").Node("tool2", "JP").Node("mem", "KR")
        .Build();

    [Fact]
    public void Rank_by_node_hand_graph_counts_targets_and_nodes()
    {
        var ranking = Criticality.Rank(Hand());

        ranking.By.Should().Be(CriticalityGrouping.Node);
        ranking.Ranking.Select(e => $"{e.Id}:{string.Join("+", e.StoppedTargets)}:{e.StoppedNodes}").Should().Equal(
            "f:p1+p2:2", "mem:p1:1", "p1:p1:0", "p2:p2:0", "tool::0", "tool2::0");
    }

    [Fact]
    public void Rank_by_country_fails_all_nodes_of_a_country_together()
    {
        var ranking = Criticality.Rank(Hand(), CriticalityGrouping.Country);

        ranking.Ranking.Select(e => $"{e.Id}:{string.Join("+", e.StoppedTargets)}:{e.StoppedNodes}").Should().Equal(
            "TW:p1+p2:2", "US:p1+p2:0", "KR:p1:1", "JP::0", "NL::0");
    }

    [Fact]
    public void Rank_by_country_sample_taiwan_stops_tsmc_products_not_smic_ones()
    {
        var tw = Criticality.Rank(SampleGraphs.AiAccelerators, CriticalityGrouping.Country).Ranking.Single(e => e.Id == "TW");

        tw.StoppedTargets.Should().Equal(SampleGraphs.TsmcProducts);
        tw.StoppedTargets.Should().NotIntersectWith(SampleGraphs.SmicProducts);
    }

    [Fact]
    public void Rank_by_node_sample_asml_stops_tsmc_products()
    {
        var asml = Criticality.Rank(SampleGraphs.AiAccelerators).Ranking.Single(e => e.Id == "asml");

        asml.StoppedTargets.Should().Equal(SampleGraphs.TsmcProducts);
    }

    [Fact]
    public void Rank_random_graphs_by_node_equals_one_cascade_per_node()
    {
        RandomGraphs.Graphs(9).Sample(graph =>
        {
            var targets = graph.DefaultTargets();
            var stoppedBy = CascadeReference.StoppedBy(graph);
            var ranking = Criticality.Rank(graph);
            ranking.Ranking.Select(e => graph.IndexOf(e.Id)).Order().Should().Equal(Subsets.Candidates(graph), "only failure candidates are ranked");
            foreach (var entry in ranking.Ranking)
            {
                var x = graph.IndexOf(entry.Id);
                entry.StoppedNodes.Should().Be(stoppedBy[x].Length - 1);
                entry.StoppedTargets.Should().Equal(targets.Where(stoppedBy[x].Contains).Select(t => graph[t].Id).Order(StringComparer.Ordinal));
            }

            ranking.Ranking.Should().BeInDescendingOrder(e => e.StoppedTargets.Count);
        }, iter: 2000, print: RandomGraphs.Describe);
    }

    [Fact]
    public void Rank_random_graphs_by_country_equals_independent_cascade()
    {
        RandomGraphs.Graphs(9).Sample(graph =>
        {
            var targets = graph.DefaultTargets();
            var ranking = Criticality.Rank(graph, CriticalityGrouping.Country);
            var countries = graph.Nodes.Where(n => n.IsFailureCandidate).Select(n => n.Country).OfType<string>().Distinct().ToList();
            ranking.Ranking.Select(e => e.Id).Should().BeEquivalentTo(countries);
            foreach (var entry in ranking.Ranking)
            {
                var members = Subsets.Candidates(graph).Where(v => graph[v].Country == entry.Id).ToList();
                var down = NaiveCascade.Run(graph, members);
                entry.StoppedNodes.Should().Be(down.Count(d => d) - members.Count);
                entry.StoppedTargets.Should().Equal(targets.Where(t => down[t]).Select(t => graph[t].Id).Order(StringComparer.Ordinal));
            }
        }, iter: 2000, print: RandomGraphs.Describe);
    }

    [Fact]
    public void Rank_by_country_in_parallel_is_deterministic_and_equals_one_cascade_per_country()
    {
        var graph = ChipChain.Generation.SyntheticGraphGenerator.Generate(new ChipChain.Generation.SyntheticGraphOptions(5000) { Seed = 7 });
        var first = Criticality.Rank(graph, CriticalityGrouping.Country);
        var second = Criticality.Rank(graph, CriticalityGrouping.Country);
        second.Ranking.Select(e => (e.Id, e.StoppedNodes, string.Join(",", e.StoppedTargets)))
            .Should().Equal(first.Ranking.Select(e => (e.Id, e.StoppedNodes, string.Join(",", e.StoppedTargets))));
        foreach (var entry in first.Ranking.Take(3))
        {
            var members = Subsets.Candidates(graph).Where(v => graph[v].Country == entry.Id).ToArray();
            var down = FailureCascade.Run(graph.Topology, members);
            entry.StoppedNodes.Should().Be(down.Count(d => d) - members.Length);
        }
    }

    [Fact]
    public void Criticality_and_CountryCriticality_are_the_node_and_country_rankings()
    {
        var graph = SampleGraphs.AiAccelerators;

        graph.Criticality().Select(e => (e.Id, e.StoppedNodes)).Should().Equal(Criticality.Rank(graph, CriticalityGrouping.Node).Ranking.Select(e => (e.Id, e.StoppedNodes)));
        var byCountry = graph.CountryCriticality(["nvidia-h100"]);
        byCountry.Should().Contain(e => e.Id == "TW" && e.StoppedTargets.SequenceEqual(new[] { "nvidia-h100" }));
        byCountry.Select(e => e.Id).Should().OnlyContain(id => id.Length == 2, "entries are country codes");
    }
}
