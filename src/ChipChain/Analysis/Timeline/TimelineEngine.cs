using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Analysis.Timeline;

/// <summary>
/// The week-by-week least fixpoint of docs/time.md. Week t depends only on weeks up to t, so the weeks are solved in
/// order, each by the cascade of <see cref="FailureCascade"/>: a supplier's entry counts as lost in week t when the
/// supplier has been down for more than the item's buffer (its run of consecutive down weeks ending at t is at least
/// buffer + 1), and an item whose entries are all lost stops its owner in that week. Only down nodes and their uses
/// are visited, so a run costs the down (node, week) cells and their links, never the whole graph per week. The
/// arrays are reused across runs (the resilience ranking runs once per candidate): week stamps from a clock that
/// only grows stand in for clearing them.
/// </summary>
internal sealed class TimelineEngine
{
    private readonly GraphTopology _topology;
    private readonly int[] _need;
    private readonly int[] _lastDown;
    private readonly int[] _run;
    private readonly int[] _lost;
    private readonly int[] _lostClock;
    private readonly bool[]? _relevant;
    private readonly List<int> _today = [];
    private readonly long _workLimit;
    private int _clock = 1;

    /// <summary>Creates an engine over a graph's topology.</summary>
    /// <param name="topology">The topology.</param>
    /// <param name="itemBuffer">Per item, its buffer in weeks (<see cref="ItemBuffers"/>).</param>
    /// <param name="relevant">The nodes worth following (a target's upstream cone), or null for all.</param>
    /// <param name="workLimit">The most down cells and link visits all runs together may take.</param>
    public TimelineEngine(GraphTopology topology, int[] itemBuffer, bool[]? relevant, long workLimit)
    {
        _topology = topology;
        _need = Array.ConvertAll(itemBuffer, b => b + 1);
        _lastDown = new int[topology.NodeCount];
        _run = new int[topology.NodeCount];
        _lost = new int[topology.ItemCount];
        _lostClock = new int[topology.ItemCount];
        _relevant = relevant;
        _workLimit = workLimit;
    }

    /// <summary>The work done so far (down cells and link visits).</summary>
    public long Work { get; private set; }

    /// <summary>Per item, the largest <see cref="Link.InventoryWeeks"/> among its links (0 when none is given).</summary>
    public static int[] ItemBuffers(SupplyGraph graph)
    {
        var t = graph.Topology;
        var buffer = new int[t.ItemCount];
        var links = graph.Links;
        var any = false;
        foreach (var link in links)
        {
            any |= link.InventoryWeeks is > 0;
        }

        if (!any)
        {
            return buffer;
        }

        var entryLink = t.EntryLink;
        var entryStart = t.EntryStart;
        for (var i = 0; i < buffer.Length; i++)
        {
            for (var e = entryStart[i]; e < entryStart[i + 1]; e++)
            {
                buffer[i] = Math.Max(buffer[i], links[entryLink[e]].InventoryWeeks ?? 0);
            }
        }

        return buffer;
    }

    /// <summary>
    /// Runs weeks 0 … <paramref name="horizon"/> − 1 with <paramref name="failed"/>[k] down for its first
    /// <paramref name="duration"/>[k] weeks, calling <paramref name="onDown"/> for every (node, week) found down, week
    /// by week.
    /// </summary>
    /// <exception cref="AnalysisLimitException">The runs together need more work than the limit.</exception>
    public void Run(ReadOnlySpan<int> failed, ReadOnlySpan<int> duration, int horizon, Action<int, int> onDown)
    {
        // Once every failure has ended nothing is down: a node is down only with a down supplier in the same week.
        var end = 0;
        foreach (var d in duration)
        {
            end = Math.Max(end, Math.Min(d, horizon));
        }

        // A gap of one week between runs keeps a node's run of down weeks from continuing into the next one.
        _clock += 2;
        var start = _clock;
        var t = _topology;
        var entryItem = t.EntryItem;
        var entryStart = t.EntryStart;
        var itemOwner = t.ItemOwner;
        for (var week = 0; week < end; week++)
        {
            var now = start + week;
            _today.Clear();
            for (var k = 0; k < failed.Length; k++)
            {
                if (week < duration[k])
                {
                    Mark(failed[k], now);
                }
            }

            for (var q = 0; q < _today.Count; q++)
            {
                var s = _today[q];
                onDown(s, week);
                var run = _run[s];
                var uses = t.UsesOf(s);
                Work += 1 + uses.Length;
                foreach (var e in uses)
                {
                    var item = entryItem[e];
                    var owner = itemOwner[item];
                    if (run < _need[item] || _lastDown[owner] == now || (_relevant is not null && !_relevant[owner]))
                    {
                        continue;
                    }

                    if (_lostClock[item] != now)
                    {
                        _lostClock[item] = now;
                        _lost[item] = 0;
                    }

                    if (++_lost[item] == entryStart[item + 1] - entryStart[item])
                    {
                        Mark(owner, now);
                    }
                }
            }

            if (Work > _workLimit)
            {
                throw new AnalysisLimitException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"timeline: the week-by-week cascade needs more than {_workLimit:N0} steps of work on this graph (see docs/limits.md); ask for a shorter --horizon or --weeks"));
            }
        }

        _clock = start + end;
    }

    private void Mark(int node, int now)
    {
        if (_lastDown[node] == now)
        {
            return;
        }

        _run[node] = _lastDown[node] == now - 1 ? _run[node] + 1 : 1;
        _lastDown[node] = now;
        _today.Add(node);
    }
}
