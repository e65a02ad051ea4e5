using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Analysis.Timeline;

/// <summary>
/// The weeks-weighted output lost of docs/time.md: the supply level of every node in every week of a timed scenario,
/// summed as Σₜ (1 − levelₜ). A node down in week t has level 0; any other node has the minimum over its items of
/// Σ share × (the best level the supplier had in weeks t − b … t), b being the item's buffer and weeks before 0 at
/// level 1, so stock carries an item's consumers over b weeks of any shortfall, and an entry counts 0 exactly when the
/// week-by-week down semantics count it lost. Only the nodes downstream of a failure (within the relevant part) can
/// fall below 1, so only they are evaluated, component by component in topological order (cycles iterated from 1
/// downwards, as <see cref="SupplyLevels"/> does), and only in the weeks before the last failure ends: from then on
/// every level is 1. A run costs O(Σₜ (A + Σ entries into A × (b + 1))) for the A affected nodes, counted against the
/// work limit.
/// </summary>
internal sealed class OutputLoss
{
    private const int MaxSweeps = 1_000_000;

    private readonly SupplyGraph _graph;
    private readonly int[] _buffer;
    private readonly bool[]? _relevant;
    private readonly long _workLimit;
    private readonly int[] _slot;
    private readonly int[] _slotStamp;
    private readonly int[] _downWeek;
    private int _stamp;
    private int _clock = 1;

    /// <summary>Creates the computation over a graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="itemBuffer">Per item, its buffer in weeks (<see cref="TimelineEngine.ItemBuffers"/>).</param>
    /// <param name="relevant">The nodes worth evaluating (a target's upstream cone), or null for all.</param>
    /// <param name="workLimit">The most entry visits all runs together may take.</param>
    public OutputLoss(SupplyGraph graph, int[] itemBuffer, bool[]? relevant, long workLimit)
    {
        _graph = graph;
        _buffer = itemBuffer;
        _relevant = relevant;
        _workLimit = workLimit;
        _slot = new int[graph.NodeCount];
        _slotStamp = new int[graph.NodeCount];
        _downWeek = new int[graph.NodeCount];
    }

    /// <summary>The work done so far (node evaluations and entries read).</summary>
    public long Work { get; private set; }

    /// <summary>
    /// Runs the failures with the down cells <paramref name="down"/> (node, week) of the same failures from
    /// <see cref="TimelineEngine"/>, in week order, and returns every affected node with its output lost in weeks.
    /// </summary>
    /// <exception cref="AnalysisLimitException">The runs together need more work than the limit.</exception>
    public List<(int Node, double Weeks)> Run(ReadOnlySpan<int> failed, ReadOnlySpan<int> duration, int horizon, IReadOnlyList<(int Node, int Week)> down)
    {
        var end = 0;
        foreach (var d in duration)
        {
            end = Math.Max(end, Math.Min(d, horizon));
        }

        var affected = Affected(failed);
        var t = _graph.Topology;
        var components = _graph.Components;
        affected.Sort((a, b) => components.ComponentOf(a) != components.ComponentOf(b)
            ? components.ComponentOf(a).CompareTo(components.ComponentOf(b))
            : a.CompareTo(b));
        var maxBuffer = 0;
        for (var k = 0; k < affected.Count; k++)
        {
            _slot[affected[k]] = k;
            var items = t.ItemsOf(affected[k]);
            for (var i = items.Start.Value; i < items.End.Value; i++)
            {
                maxBuffer = Math.Max(maxBuffer, _buffer[i]);
            }
        }

        // A ring of the last b + 1 weeks' levels per affected node is all the windows need.
        var width = Math.Max(1, Math.Min(end, maxBuffer + 1));
        var history = new double[affected.Count * width];
        var loss = new double[affected.Count];
        _clock += 2;
        var start = _clock;
        var next = 0;
        for (var week = 0; week < end; week++)
        {
            for (; next < down.Count && down[next].Week == week; next++)
            {
                _downWeek[down[next].Node] = start + week;
            }

            var context = new Week(week, start + week, width, history);
            for (var k = 0; k < affected.Count;)
            {
                var c = components.ComponentOf(affected[k]);
                var last = k + 1;
                while (last < affected.Count && components.ComponentOf(affected[last]) == c)
                {
                    last++;
                }

                Solve(affected, k, last, context);
                for (var m = k; m < last; m++)
                {
                    loss[m] += 1 - history[(m * width) + (week % width)];
                }

                k = last;
            }

            if (Work > _workLimit)
            {
                throw new AnalysisLimitException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"timeline: the weekly supply levels need more than {_workLimit:N0} steps of work on this graph (see docs/limits.md); ask for a shorter --horizon or --weeks"));
            }
        }

        _clock = start + end;
        var result = new List<(int, double)>();
        for (var k = 0; k < affected.Count; k++)
        {
            var weeks = LevelNoise.Round(loss[k]);
            if (weeks > 0)
            {
                result.Add((affected[k], weeks));
            }
        }

        return result;
    }

    // One component of the week: a lone node once, a cycle from level 1 downwards until it settles.
    private void Solve(List<int> affected, int from, int to, Week week)
    {
        var now = week.Number % week.Width;
        if (to - from == 1)
        {
            week.History[(from * week.Width) + now] = Evaluate(affected[from], week);
            return;
        }

        for (var m = from; m < to; m++)
        {
            week.History[(m * week.Width) + now] = _downWeek[affected[m]] == week.Stamp ? 0 : 1;
        }

        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            double change = 0;
            for (var m = from; m < to; m++)
            {
                var cell = (m * week.Width) + now;
                var level = Evaluate(affected[m], week);
                change = Math.Max(change, week.History[cell] - level);
                week.History[cell] = level;
            }

            if (change <= SupplyLevels.Tolerance)
            {
                return;
            }
        }
    }

    private double Evaluate(int node, Week week)
    {
        Work++;
        if (_downWeek[node] == week.Stamp)
        {
            return 0;
        }

        var t = _graph.Topology;
        var entryStart = t.EntryStart;
        var supplier = t.EntrySupplier;
        var share = t.EntryShare;
        double result = 1;
        var items = t.ItemsOf(node);
        for (var item = items.Start.Value; item < items.End.Value; item++)
        {
            double sum = 0;
            var b = _buffer[item];
            for (var e = entryStart[item]; e < entryStart[item + 1]; e++)
            {
                var s = supplier[e];
                sum += share[e] * (_slotStamp[s] == _stamp ? Best(_slot[s], b, week) : 1);
            }

            Work += entryStart[item + 1] - entryStart[item];
            result = Math.Min(result, sum);
        }

        return result;
    }

    // The best level of the supplier in weeks t − b … t; weeks before 0 are at level 1.
    private double Best(int slot, int buffer, Week week)
    {
        if (week.Number - buffer < 0)
        {
            return 1;
        }

        double best = 0;
        var row = slot * week.Width;
        for (var u = week.Number; u >= week.Number - buffer && best < 1; u--)
        {
            best = Math.Max(best, week.History[row + (u % week.Width)]);
        }

        Work += buffer;
        return best;
    }

    // The failed nodes and every relevant node downstream of them: the only ones whose level can fall below 1.
    private List<int> Affected(ReadOnlySpan<int> failed)
    {
        _stamp++;
        var t = _graph.Topology;
        var entryItem = t.EntryItem;
        var itemOwner = t.ItemOwner;
        var list = new List<int>();
        foreach (var f in failed)
        {
            if (_slotStamp[f] != _stamp && (_relevant is null || _relevant[f]))
            {
                _slotStamp[f] = _stamp;
                list.Add(f);
            }
        }

        for (var q = 0; q < list.Count; q++)
        {
            foreach (var e in t.UsesOf(list[q]))
            {
                var owner = itemOwner[entryItem[e]];
                if (_slotStamp[owner] != _stamp && (_relevant is null || _relevant[owner]))
                {
                    _slotStamp[owner] = _stamp;
                    list.Add(owner);
                }
            }
        }

        Work += list.Count;
        return list;
    }

    private readonly record struct Week(int Number, int Stamp, int Width, double[] History);
}
