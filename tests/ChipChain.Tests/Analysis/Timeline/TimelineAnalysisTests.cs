using ChipChain.Analysis;
using ChipChain.Analysis.Timeline;
using ChipChain.Model;

namespace ChipChain.Tests.Analysis.Timeline;

public sealed partial class TimelineAnalysisTests
{
    // asml -[euv tools, stock s1]-> tsmc -[wafers, stock s2]-> nvidia
    private static SupplyGraph Chain(int? s1, int? s2, int? recovery = null) => new SupplyGraphBuilder()
        .AddNode(new Node("asml") { Kind = NodeKinds.Equipment, RecoveryWeeks = recovery })
        .AddNode(new Node("tsmc") { Kind = NodeKinds.Foundry })
        .AddNode(new Node("nvidia") { Kind = NodeKinds.Product })
        .AddLink(new Link("asml", "tsmc") { Item = "euv", InventoryWeeks = s1 })
        .AddLink(new Link("tsmc", "nvidia") { Item = "wafers", InventoryWeeks = s2 })
        .Build();

    [Fact]
    public void Run_buffer_that_outlasts_the_outage_stops_nothing()
    {
        var result = TimelineAnalysis.Run(Chain(12, null), ["asml"], new TimelineOptions { Weeks = 4 });
        result.Nodes.Select(n => (n.Id, n.FirstWeek, n.LastWeek, n.WeeksDown)).Should().Equal(("asml", 0, 3, 4));
        result.Nodes[0].Spans.Should().Equal((0, 3));
    }

    [Fact]
    public void Run_chain_adds_buffers_and_resumes_when_the_failure_ends()
    {
        // asml down weeks 0..19; tsmc runs 8 weeks on stock and stops from week 8; nvidia 3 weeks more, from week 11.
        var result = TimelineAnalysis.Run(Chain(8, 3), ["asml"], new TimelineOptions { Weeks = 20, Horizon = 52 });
        result.Nodes.Select(n => (n.Id, n.FirstWeek, n.LastWeek, n.WeeksDown))
            .Should().Equal(("asml", 0, 19, 20), ("nvidia", 11, 19, 9), ("tsmc", 8, 19, 12));
    }

    [Fact]
    public void Run_node_recovery_time_comes_before_the_scenario_weeks()
    {
        var result = TimelineAnalysis.Run(Chain(0, 0, recovery: 6), ["asml"], new TimelineOptions { Weeks = 20 });
        result.Find("nvidia")!.WeeksDown.Should().Be(6);
        TimelineAnalysis.Run(Chain(0, 0, recovery: 6), ["asml"], new TimelineOptions { Weeks = 20, Durations = new Dictionary<string, int> { ["asml"] = 2 } })
            .Find("nvidia")!.WeeksDown.Should().Be(2);
    }

    [Fact]
    public void Run_without_weeks_fails_for_the_whole_horizon()
    {
        var result = TimelineAnalysis.Run(Chain(null, null), ["tsmc"], new TimelineOptions { Horizon = 10 });
        result.Find("nvidia").Should().Be(new NodeTimeline("nvidia", 0, 9, 10, result.Find("nvidia")!.Spans));
    }

    [Fact]
    public void Run_cycle_stops_only_while_fed_from_outside()
    {
        // a and b need each other (a cycle) and a also needs x; stock of 2 weeks on b's input from a.
        var graph = new SupplyGraphBuilder()
            .AddNode(new Node("x")).AddNode(new Node("a")).AddNode(new Node("b"))
            .AddLink(new Link("x", "a") { Item = "raw" })
            .AddLink(new Link("b", "a") { Item = "parts" })
            .AddLink(new Link("a", "b") { Item = "chips", InventoryWeeks = 2 })
            .Build();
        var result = TimelineAnalysis.Run(graph, ["x"], new TimelineOptions { Weeks = 5, Horizon = 8 });
        result.Nodes.Select(n => (n.Id, n.FirstWeek, n.LastWeek)).Should().Equal(("a", 0, 4), ("b", 2, 4), ("x", 0, 4));

        // The cycle alone never stops: its least fixpoint leaves it running.
        TimelineAnalysis.Run(graph, [], new TimelineOptions { Horizon = 8 }).Nodes.Should().BeEmpty();
    }

    [Fact]
    public void Run_two_failures_with_different_durations_resume_in_steps()
    {
        // Both wafer makers are alternatives: the item is lost only while both are down.
        var graph = new SupplyGraphBuilder()
            .AddNode(new Node("shinetsu")).AddNode(new Node("sumco")).AddNode(new Node("fab"))
            .AddLink(new Link("shinetsu", "fab") { Item = "wafers" })
            .AddLink(new Link("sumco", "fab") { Item = "wafers", InventoryWeeks = 1 })
            .Build();
        var result = TimelineAnalysis.Run(graph, ["shinetsu", "sumco"], new TimelineOptions { Horizon = 10, Durations = new Dictionary<string, int> { ["shinetsu"] = 6, ["sumco"] = 3 } });
        result.Find("fab")!.Spans.Should().Equal((1, 2));
    }

    [Fact]
    public void Run_horizon_beyond_the_limit_is_refused_in_one_line()
    {
        var act = () => TimelineAnalysis.Run(Chain(null, null), ["asml"], new TimelineOptions { Horizon = Node.MaxWeeks + 1 });
        act.Should().Throw<AnalysisLimitException>().Which.Message.Should().NotContain("\n").And.Contain("docs/limits.md");
    }

    [Fact]
    public void Rank_orders_by_weeks_down_then_first_week()
    {
        var result = ResilienceAnalysis.Rank(Chain(8, 3), "nvidia", new TimelineOptions { Weeks = 20, Horizon = 52 });
        result.Ranking.Should().Equal(new ResilienceEntry("tsmc", 17, 3, 20), new ResilienceEntry("asml", 9, 11, 20));
        result.Candidates.Should().Be(2);
        ResilienceAnalysis.Rank(Chain(30, 3), "nvidia", new TimelineOptions { Weeks = 20 }).Ranking.Select(e => e.Id).Should().Equal("tsmc");
    }
}
