using ChipChain.Analysis;
using ChipChain.Analysis.BruteForce;
using ChipChain.Analysis.Timeline;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Timeline;

public sealed partial class TimelineAnalysisTests
{
    private static Gen<(SupplyGraph Graph, int[] Failed, int[] Duration, int Horizon)> Cases(int maxBuffer = 3) =>
        from g in TimedGraphs.Graphs(8, maxBuffer)
        from failed in Gen.Int[0, 7].HashSet[0, 3]
        from durations in Gen.Int[1, 9].Array[3]
        from horizon in Gen.Int[1, 9]
        let f = failed.Where(x => x < g.NodeCount).ToArray()
        select (g, f, durations.Take(f.Length).ToArray(), horizon);

    [Fact]
    public void Run_equals_brute_force_week_by_week_fixpoint_on_random_cyclic_graphs()
    {
        Cases().Sample(c =>
        {
            var expected = TimelineReference.Run(c.Graph, c.Failed, c.Duration, c.Horizon);
            Table(TimelineAnalysis.Run(c.Graph, c.Failed, c.Duration, c.Horizon), c.Graph, c.Horizon).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        }, iter: 3000, print: c => TimedGraphs.Describe(c.Graph) + $" failed [{string.Join(',', c.Failed)}] for [{string.Join(',', c.Duration)}] horizon {c.Horizon}");
    }

    [Fact]
    public void Run_with_no_buffers_and_durations_past_the_horizon_equals_the_cascade()
    {
        var gen = from g in RandomGraphs.Graphs(9)
                  from failed in Gen.Int[0, 8].HashSet[0, 3]
                  from horizon in Gen.Int[1, 6]
                  from extra in Gen.Int[0, 3]
                  select (g, failed.Where(f => f < g.NodeCount).ToArray(), horizon, extra);
        gen.Sample(c =>
        {
            var (graph, failed, horizon, extra) = c;
            var table = Table(TimelineAnalysis.Run(graph, failed, Array.ConvertAll(failed, _ => horizon + extra), horizon), graph, horizon);
            var cascade = FailureCascade.Run(graph.Topology, failed);
            for (var v = 0; v < graph.NodeCount; v++)
            {
                table[v].Should().AllBeEquivalentTo(cascade[v]);
            }
        }, iter: 2000);
    }

    [Fact]
    public void Run_a_longer_buffer_never_stops_anything_earlier_or_more()
    {
        var gen = from c in Cases()
                  from link in Gen.Int[0, 23]
                  from more in Gen.Int[1, 4]
                  where c.Graph.LinkCount > 0
                  select (c, link % c.Graph.LinkCount, more);
        gen.Sample(x =>
        {
            var ((graph, failed, duration, horizon), link, more) = x;
            var buffers = graph.Links.Select(l => l.InventoryWeeks ?? -1).ToArray();
            buffers[link] = Math.Max(buffers[link], 0) + more;
            var longer = TimedGraphs.With(graph, buffers, graph.Nodes.Select(n => n.RecoveryWeeks ?? 0).ToArray());
            var before = Table(TimelineAnalysis.Run(graph, failed, duration, horizon), graph, horizon);
            var after = Table(TimelineAnalysis.Run(longer, failed, duration, horizon), longer, horizon);
            for (var v = 0; v < graph.NodeCount; v++)
            {
                for (var t = 0; t < horizon; t++)
                {
                    (!after[v][t] || before[v][t]).Should().BeTrue($"{graph[v].Id} week {t}");
                }
            }
        }, iter: 2000);
    }

    [Fact]
    public void Rank_equals_the_week_by_week_run_of_each_single_failure()
    {
        TimedGraphs.RankingCases.Sample(c =>
        {
            var (graph, target, horizon, weeks) = c;
            var options = new TimelineOptions { Horizon = horizon, Weeks = weeks == 0 ? null : weeks };
            var expected = new List<ResilienceEntry>();
            for (var x = 0; x < graph.NodeCount; x++)
            {
                if (x == target || !graph.Topology.IsCandidate(x))
                {
                    continue;
                }

                var duration = options.DurationOf(graph[x]);
                var down = TimelineReference.Run(graph, [x], [duration], horizon)[target];
                if (down.Any(d => d))
                {
                    expected.Add(new ResilienceEntry(graph[x].Id, down.Count(d => d), Array.IndexOf(down, true), duration));
                }
            }

            ResilienceAnalysis.Rank(graph, graph[target].Id, options).Ranking
                .Should().BeEquivalentTo(expected.OrderByDescending(e => e.WeeksDown).ThenBy(e => e.FirstWeek).ThenBy(e => e.Id, StringComparer.Ordinal), o => o.WithStrictOrdering());
        }, iter: 2000, print: c => TimedGraphs.Describe(c.Item1) + $" target n{c.Item2} horizon {c.Item3} weeks {c.Item4}");
    }

    private static bool[][] Table(TimelineResult result, SupplyGraph graph, int horizon)
    {
        var table = new bool[graph.NodeCount][];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            table[v] = new bool[horizon];
            foreach (var span in result.Find(graph[v].Id)?.Spans ?? [])
            {
                table[v].AsSpan(span.First, span.Last - span.First + 1).Fill(true);
            }
        }

        return table;
    }
}
