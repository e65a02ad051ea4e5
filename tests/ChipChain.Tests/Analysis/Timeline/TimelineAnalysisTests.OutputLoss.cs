using ChipChain.Analysis.BruteForce;
using ChipChain.Analysis.Timeline;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Timeline;

public sealed partial class TimelineAnalysisTests
{
    [Fact]
    public void Run_output_lost_equals_brute_force_weekly_levels_on_random_cyclic_graphs()
    {
        Cases().Sample(c =>
        {
            var expected = OutputLossReference.Run(c.Graph, c.Failed, c.Duration, c.Horizon);
            var result = TimelineAnalysis.Run(c.Graph, c.Failed, c.Duration, c.Horizon, outputLost: true);
            for (var v = 0; v < c.Graph.NodeCount; v++)
            {
                var id = c.Graph[v].Id;
                result.OutputLost.GetValueOrDefault(id).Should().BeApproximately(expected[v], 1e-6, id);
                result.OutputLost.GetValueOrDefault(id).Should().BeGreaterThanOrEqualTo(result.Find(id)?.WeeksDown ?? 0, "a node down in a week has level 0");
            }
        }, iter: 2000, print: c => TimedGraphs.Describe(c.Graph) + $" failed [{string.Join(',', c.Failed)}] for [{string.Join(',', c.Duration)}] horizon {c.Horizon}");
    }

    [Fact]
    public void Rank_output_lost_equals_brute_force_weekly_levels_of_each_single_failure()
    {
        TimedGraphs.RankingCases.Sample(c =>
        {
            var (graph, target, horizon, weeks) = c;
            var options = new TimelineOptions { Horizon = horizon, Weeks = weeks == 0 ? null : weeks, OutputLost = true };
            var result = ResilienceAnalysis.Rank(graph, graph[target].Id, options);
            result.Ranking.Select(e => e with { OutputLostWeeks = null })
                .Should().Equal(ResilienceAnalysis.Rank(graph, graph[target].Id, options with { OutputLost = false }).Ranking, "the output lost leaves the ranking as it was");
            foreach (var entry in result.Ranking)
            {
                var expected = OutputLossReference.Run(graph, [graph.IndexOf(entry.Id)], [entry.Duration], horizon)[target];
                entry.OutputLostWeeks.Should().BeApproximately(expected, 1e-6, entry.Id);
            }
        }, iter: 1500, print: c => TimedGraphs.Describe(c.Item1) + $" target n{c.Item2} horizon {c.Item3} weeks {c.Item4}");
    }
}
