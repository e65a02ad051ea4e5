using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// Volume at risk (the volume semantics of docs/design.md): for each failure candidate X upstream of a target, the share of the target's supply
/// lost when X alone fails, 1 − level(target). Equal to <see cref="SupplyLevels"/> with X failed, but each failure
/// only re-evaluates the nodes between X and the target, in component order, iterating cycles from above to the
/// same tolerance.
/// </summary>
public static class Exposure
{
    private const int Decimals = 9;
    private const int MaxSweeps = 1_000_000;

    /// <summary>Computes the exposure of one target.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <returns>The ranked exposure.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">No node has the id <paramref name="targetId"/>.</exception>
    public static ExposureResult Compute(SupplyGraph graph, string targetId)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targetId);
        return Compute(graph, graph.IndexOf(targetId));
    }

    /// <summary>Computes the exposure of one target.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="target">The target's index.</param>
    /// <returns>The ranked exposure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is out of range.</exception>
    public static ExposureResult Compute(SupplyGraph graph, int target)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, graph.NodeCount);
        var t = graph.Topology;
        var scc = graph.Components;
        var upstream = Upstream.Of(t, target);
        var inUpstream = new bool[t.NodeCount];
        foreach (var v in upstream)
        {
            inUpstream[v] = true;
        }

        var baseline = SupplyLevels.Compute(graph);
        var level = (double[])baseline.Clone();
        var mark = new bool[t.NodeCount];
        var entries = new List<ExposureEntry>(upstream.Count - 1);
        foreach (var failing in upstream)
        {
            if (failing == target || !t.IsCandidate(failing))
            {
                continue;
            }

            var affected = Downstream(t, failing, inUpstream, mark);
            affected.Sort((a, b) =>
            {
                var c = scc.ComponentOf(a).CompareTo(scc.ComponentOf(b));
                return c != 0 ? c : a.CompareTo(b);
            });
            Reevaluate(t, scc, affected, failing, level);
            var loss = Math.Clamp(Math.Round(1 - level[target], Decimals), 0, 1);
            entries.Add(new ExposureEntry(graph[failing].Id, loss));
            foreach (var v in affected)
            {
                level[v] = baseline[v];
                mark[v] = false;
            }
        }

        entries.Sort((a, b) =>
        {
            var c = b.Loss.CompareTo(a.Loss);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        return new ExposureResult(graph[target].Id, entries);
    }

    private static List<int> Downstream(GraphTopology t, int failing, bool[] inUpstream, bool[] mark)
    {
        var result = new List<int> { failing };
        mark[failing] = true;
        for (var k = 0; k < result.Count; k++)
        {
            foreach (var e in t.UsesOf(result[k]))
            {
                var consumer = t.ItemOwner[t.EntryItem[e]];
                if (inUpstream[consumer] && !mark[consumer])
                {
                    mark[consumer] = true;
                    result.Add(consumer);
                }
            }
        }

        return result;
    }

    /// <summary>Re-evaluates the affected nodes (sorted by component) the way <see cref="SupplyLevels"/> does.</summary>
    private static void Reevaluate(GraphTopology t, StronglyConnectedComponents scc, List<int> affected, int failing, double[] level)
    {
        var from = 0;
        while (from < affected.Count)
        {
            var component = scc.ComponentOf(affected[from]);
            var to = from;
            while (to < affected.Count && scc.ComponentOf(affected[to]) == component)
            {
                to++;
            }

            if (to - from == 1 && !scc.IsCyclic(component))
            {
                level[affected[from]] = SupplyLevels.Evaluate(t, affected[from], affected[from] == failing ? 0 : 1, level, cutEntry: null);
            }
            else
            {
                for (var sweep = 0; sweep < MaxSweeps; sweep++)
                {
                    double change = 0;
                    for (var k = from; k < to; k++)
                    {
                        var v = affected[k];
                        var next = SupplyLevels.Evaluate(t, v, v == failing ? 0 : 1, level, cutEntry: null);
                        change = Math.Max(change, level[v] - next);
                        level[v] = next;
                    }

                    if (change <= SupplyLevels.Tolerance)
                    {
                        break;
                    }
                }
            }

            from = to;
        }
    }
}
