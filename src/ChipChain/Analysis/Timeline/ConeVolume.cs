using ChipChain.Model;

namespace ChipChain.Analysis.Timeline;

/// <summary>
/// The output lost of one target when one candidate fails alone, for the resilience ranking: the week-by-week run and
/// the weekly levels, both kept to the target's upstream cone. Asked only for the candidates that stop the target (the
/// ranked ones), and skipped when every entry in the cone has the whole of its item: then every level is 0 or 1 and the
/// output lost is the weeks down the shortcut already gave.
/// </summary>
internal sealed class ConeVolume
{
    private readonly TimelineEngine _engine;
    private readonly OutputLoss _loss;
    private readonly int _target;
    private readonly bool _whole;
    private readonly List<(int Node, int Week)> _cells = [];

    public ConeVolume(SupplyGraph graph, int[] buffers, bool[] cone, int target)
    {
        _engine = new TimelineEngine(graph.Topology, buffers, cone, TimelineAnalysis.WorkLimit);
        _loss = new OutputLoss(graph, buffers, cone, TimelineAnalysis.WorkLimit);
        _target = target;
        _whole = Whole(graph.Topology, cone);
    }

    /// <summary>The target's output lost in weeks when <paramref name="failed"/> is down for <paramref name="duration"/> weeks.</summary>
    /// <exception cref="AnalysisLimitException">The runs together need more work than the limit.</exception>
    public double Lost(int failed, int duration, int horizon, int weeksDown)
    {
        if (_whole)
        {
            return weeksDown;
        }

        _cells.Clear();
        _engine.Run([failed], [duration], horizon, (node, week) => _cells.Add((node, week)));
        foreach (var (node, weeks) in _loss.Run([failed], [duration], horizon, _cells))
        {
            if (node == _target)
            {
                return weeks;
            }
        }

        return 0;
    }

    private static bool Whole(GraphTopology t, bool[] cone)
    {
        var share = t.EntryShare;
        for (var v = 0; v < cone.Length; v++)
        {
            if (!cone[v])
            {
                continue;
            }

            var items = t.ItemsOf(v);
            for (var e = t.EntryStart[items.Start.Value]; e < t.EntryStart[items.End.Value]; e++)
            {
                if (share[e] != 1)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
