using ChipChain.Model;

namespace ChipChain.Analysis.Timeline;

/// <summary>
/// Timed scenarios (docs/time.md): failed nodes stay down for their durations, buffers of stock delay the stop
/// downstream, and the answer is, per node, the weeks it is down.
/// </summary>
internal static class TimelineAnalysis
{
    /// <summary>The most work (down node-weeks and links followed) one timeline or one resilience ranking may take.</summary>
    public const long WorkLimit = 2_000_000_000;

    /// <summary>Fails <paramref name="failedIds"/>, each for its duration (<see cref="TimelineOptions"/>), and returns every node down at least one week.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="failedIds">The nodes that fail at week 0.</param>
    /// <param name="options">Horizon and durations; the defaults when null.</param>
    /// <exception cref="ArgumentNullException">The graph or the ids are null.</exception>
    /// <exception cref="UnknownNodeException">An id is not in the graph.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon or a duration is below 1.</exception>
    /// <exception cref="AnalysisLimitException">The horizon or a duration is above <see cref="Node.MaxWeeks"/>, or the work above <see cref="WorkLimit"/>.</exception>
    public static TimelineResult Run(SupplyGraph graph, IEnumerable<string> failedIds, TimelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(failedIds);
        options ??= new TimelineOptions();
        options.Validate();
        var failed = failedIds.Select(graph.IndexOf).Distinct().ToArray();
        var duration = Array.ConvertAll(failed, v => options.DurationOf(graph[v]));
        return Run(graph, failed, duration, options.Horizon, options.OutputLost);
    }

    /// <summary>The timeline of failures by index (see <see cref="Run(SupplyGraph, IEnumerable{string}, TimelineOptions)"/>).</summary>
    internal static TimelineResult Run(SupplyGraph graph, int[] failed, int[] duration, int horizon, bool outputLost = false)
    {
        var buffers = TimelineEngine.ItemBuffers(graph);
        var engine = new TimelineEngine(graph.Topology, buffers, null, WorkLimit);
        var spans = new Dictionary<int, List<(int First, int Last)>>();
        var cells = new List<(int Node, int Week)>();
        engine.Run(failed, duration, horizon, (node, week) =>
        {
            if (outputLost)
            {
                cells.Add((node, week));
            }

            if (!spans.TryGetValue(node, out var list))
            {
                spans.Add(node, list = []);
            }

            // Weeks come in order, so a week right after the last span extends it.
            if (list.Count > 0 && list[^1].Last == week - 1)
            {
                list[^1] = (list[^1].First, week);
            }
            else
            {
                list.Add((week, week));
            }
        });
        var nodes = spans
            .Select(p => new NodeTimeline(graph[p.Key].Id, p.Value[0].First, p.Value[^1].Last, p.Value.Sum(s => s.Last - s.First + 1), p.Value))
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        var result = new TimelineResult(horizon, nodes);
        if (!outputLost)
        {
            return result;
        }

        var lost = new OutputLoss(graph, buffers, null, WorkLimit).Run(failed, duration, horizon, cells);
        return result with { OutputLost = lost.ToDictionary(p => graph[p.Node].Id, p => p.Weeks, StringComparer.Ordinal) };
    }
}
