using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// The reference failure cascade (<see cref="FailureCascade"/>) kept as a state that grows by failing more nodes and
/// shrinks back by undoing to a mark, so a search that adds one failure at a time pays only for what that failure
/// newly brings down, never for the whole graph. Propagation can be confined to a mask closed under suppliers (a
/// target's upstream cone): a node outside it never matters to the nodes inside, so their states are exactly those
/// of the whole-graph cascade.
/// </summary>
/// <remarks>
/// The cascade is a least fixpoint, so failing A then B gives the same state as failing A ∪ B at once. Work is
/// counted in node and supplier-entry visits (<see cref="Work"/>), the unit of the searches' budgets.
/// </remarks>
internal sealed class IncrementalCascade
{
    private readonly GraphTopology _t;
    private readonly bool[] _down;
    private readonly int[] _lost;
    private readonly List<int> _downLog = [];
    private readonly List<int> _lostLog = [];
    private readonly Queue<int> _queue = new();
    private bool[]? _mask;

    public IncrementalCascade(GraphTopology topology, bool[]? mask = null)
    {
        _t = topology;
        _down = new bool[topology.NodeCount];
        _lost = new int[topology.ItemCount];
        _mask = mask;
    }

    /// <summary>Node and supplier-entry visits so far.</summary>
    public long Work { get; private set; }

    /// <summary>
    /// Confines propagation to these nodes (null: the whole graph). Only allowed with nothing failed.
    /// </summary>
    public bool[]? Mask
    {
        get => _mask;
        set
        {
            if (_downLog.Count > 0)
            {
                throw new InvalidOperationException("Undo every failure before changing the mask.");
            }

            _mask = value;
        }
    }

    /// <summary>Whether <paramref name="node"/> is unavailable in the current state.</summary>
    public bool IsDown(int node) => _down[node];

    /// <summary>A point to undo back to.</summary>
    public (int Down, int Lost) Mark() => (_downLog.Count, _lostLog.Count);

    /// <summary>
    /// Fails <paramref name="nodes"/> on top of the current state and propagates. When <paramref name="stopAt"/> goes
    /// down propagation stops at once and true is returned; the state is then partial and must be undone before any
    /// other question is asked of it.
    /// </summary>
    public bool Fail(ReadOnlySpan<int> nodes, int stopAt = -1)
    {
        foreach (var f in nodes)
        {
            if (!_down[f])
            {
                SetDown(f);
            }
        }

        if (stopAt >= 0 && _down[stopAt])
        {
            _queue.Clear();
            return true;
        }

        var entryItem = _t.EntryItem;
        var itemOwner = _t.ItemOwner;
        var entryStart = _t.EntryStart;
        while (_queue.Count > 0)
        {
            var s = _queue.Dequeue();
            Work++;
            foreach (var e in _t.UsesOf(s))
            {
                Work++;
                var item = entryItem[e];
                var consumer = itemOwner[item];
                if (_down[consumer] || (_mask is not null && !_mask[consumer]))
                {
                    continue;
                }

                _lostLog.Add(item);
                if (++_lost[item] == entryStart[item + 1] - entryStart[item])
                {
                    SetDown(consumer);
                    if (consumer == stopAt)
                    {
                        _queue.Clear();
                        return true;
                    }
                }
            }
        }

        return stopAt >= 0 && _down[stopAt];
    }

    /// <summary>Undoes every failure since <paramref name="mark"/>.</summary>
    public void Undo((int Down, int Lost) mark)
    {
        for (var i = _lostLog.Count - 1; i >= mark.Lost; i--)
        {
            _lost[_lostLog[i]]--;
        }

        _lostLog.RemoveRange(mark.Lost, _lostLog.Count - mark.Lost);
        for (var i = _downLog.Count - 1; i >= mark.Down; i--)
        {
            _down[_downLog[i]] = false;
        }

        _downLog.RemoveRange(mark.Down, _downLog.Count - mark.Down);
    }

    /// <summary>Whether failing <paramref name="nodes"/> (on top of the current state) brings <paramref name="target"/> down; the state is left as it was.</summary>
    public bool Stops(ReadOnlySpan<int> nodes, int target)
    {
        var mark = Mark();
        var down = Fail(nodes, target);
        Undo(mark);
        return down;
    }

    private void SetDown(int node)
    {
        _down[node] = true;
        _downLog.Add(node);
        _queue.Enqueue(node);
    }
}
