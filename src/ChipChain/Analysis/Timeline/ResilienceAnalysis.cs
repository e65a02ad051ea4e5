using ChipChain.Model;

namespace ChipChain.Analysis.Timeline;

/// <summary>
/// Time to survive against time to recover (docs/time.md): every failure candidate upstream of a target fails alone
/// for its duration, and the candidates are ranked by the weeks of the target's output they cost.
/// </summary>
internal static class ResilienceAnalysis
{
    /// <summary>Ranks the failure candidates upstream of <paramref name="targetId"/> by the weeks they stop it.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target.</param>
    /// <param name="options">Horizon and durations; the defaults when null.</param>
    /// <exception cref="ArgumentNullException">The graph or the target is null.</exception>
    /// <exception cref="UnknownNodeException">The target is not in the graph.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon or a duration is below 1.</exception>
    /// <exception cref="AnalysisLimitException">The horizon or a duration is above <see cref="Node.MaxWeeks"/>, or the work above <see cref="TimelineAnalysis.WorkLimit"/>.</exception>
    public static ResilienceResult Rank(SupplyGraph graph, string targetId, TimelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targetId);
        options ??= new TimelineOptions();
        options.Validate();
        var target = graph.IndexOf(targetId);
        var cone = Cone(graph.Topology, target);
        var buffers = TimelineEngine.ItemBuffers(graph);
        var times = new StarveTimes(graph.Topology, buffers, cone, TimelineAnalysis.WorkLimit);
        var volume = options.OutputLost ? new ConeVolume(graph, buffers, cone, target) : null;
        var ranking = new List<ResilienceEntry>();
        var candidates = 0;
        for (var v = 0; v < cone.Length; v++)
        {
            if (!cone[v] || v == target || !graph.Topology.IsCandidate(v))
            {
                continue;
            }

            candidates++;
            var duration = options.DurationOf(graph[v]);
            var first = times.FirstWeek(v, target, duration);
            if (first >= 0)
            {
                var entry = new ResilienceEntry(graph[v].Id, duration - first, first, duration);
                ranking.Add(volume is null ? entry : entry with { OutputLostWeeks = volume.Lost(v, duration, options.Horizon, entry.WeeksDown) });
            }
        }

        ranking.Sort((a, b) => a.WeeksDown != b.WeeksDown ? b.WeeksDown.CompareTo(a.WeeksDown)
            : a.FirstWeek != b.FirstWeek ? a.FirstWeek.CompareTo(b.FirstWeek)
            : string.CompareOrdinal(a.Id, b.Id));
        return new ResilienceResult(graph[target].Id, options.Horizon, candidates, ranking);
    }

    /// <summary>The target and every node it depends on, directly or not.</summary>
    internal static bool[] Cone(GraphTopology topology, int target)
    {
        var cone = new bool[topology.NodeCount];
        var stack = new Stack<int>();
        cone[target] = true;
        stack.Push(target);
        while (stack.TryPop(out var v))
        {
            var items = topology.ItemsOf(v);
            for (var i = items.Start.Value; i < items.End.Value; i++)
            {
                foreach (var s in topology.SuppliersOf(i))
                {
                    if (!cone[s])
                    {
                        cone[s] = true;
                        stack.Push(s);
                    }
                }
            }
        }

        return cone;
    }
}
