using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// Supply levels after one node fails, recomputed only where they change: from the failed node downstream (within
/// a mask, usually a target's upstream cone), a node is re-evaluated only when a supplier's level moved, in
/// component order so every supplier is final first; a cycle is swept from above to the tolerance of
/// <see cref="SupplyLevels"/>. Levels are restored to the baseline after each query, so queries are independent.
/// </summary>
internal sealed class LevelPropagation
{
    private const int MaxSweeps = 1_000_000;

    private readonly GraphTopology _t;
    private readonly StronglyConnectedComponents _scc;
    private readonly bool[] _mask;
    private readonly double[] _baseline;
    private readonly double[] _level;
    private readonly bool[] _queued;
    private readonly long _workLimit;
    private long _work;

    public LevelPropagation(SupplyGraph graph, bool[] mask, long workLimit)
    {
        _t = graph.Topology;
        _scc = graph.Components;
        _mask = mask;
        _baseline = SupplyLevels.Compute(graph);
        _level = (double[])_baseline.Clone();
        _queued = new bool[_t.NodeCount];
        _workLimit = workLimit;
    }

    /// <summary>The level of <paramref name="node"/> when <paramref name="failing"/> alone fails.</summary>
    public double LevelAfterFailure(int failing, int node)
    {
        var touched = new List<int>();
        var pending = new PriorityQueue<int, (int Component, int Node)>();
        Enqueue(pending, touched, failing);
        while (pending.TryDequeue(out var v, out var key))
        {
            if (_scc.IsCyclic(key.Component))
            {
                SweepCycle(key.Component, failing, pending, touched);
                continue;
            }

            var next = SupplyLevels.Evaluate(_t, v, v == failing ? 0 : 1, _level, cutEntry: null);
            Charge(1);
            if (next != _level[v])
            {
                _level[v] = next;
                EnqueueConsumers(pending, touched, v);
            }
        }

        var result = _level[node];
        foreach (var v in touched)
        {
            _level[v] = _baseline[v];
            _queued[v] = false;
        }

        return result;
    }

    private void SweepCycle(int component, int failing, PriorityQueue<int, (int, int)> pending, List<int> touched)
    {
        var members = _scc.Members(component);
        foreach (var v in members)
        {
            if (_mask[v] && !_queued[v])
            {
                _queued[v] = true;
                touched.Add(v);
            }
        }

        // Drop the other members' entries: the sweep re-evaluates the whole cycle.
        while (pending.TryPeek(out _, out var next) && next.Item1 == component)
        {
            pending.Dequeue();
        }

        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            double change = 0;
            foreach (var v in members)
            {
                if (!_mask[v])
                {
                    continue;
                }

                var next = SupplyLevels.Evaluate(_t, v, v == failing ? 0 : 1, _level, cutEntry: null);
                change = Math.Max(change, _level[v] - next);
                _level[v] = next;
            }

            Charge(members.Length);
            if (change <= SupplyLevels.Tolerance)
            {
                break;
            }
        }

        foreach (var v in members)
        {
            if (_mask[v] && _level[v] != _baseline[v])
            {
                EnqueueConsumers(pending, touched, v);
            }
        }
    }

    private void EnqueueConsumers(PriorityQueue<int, (int, int)> pending, List<int> touched, int v)
    {
        foreach (var e in _t.UsesOf(v))
        {
            var consumer = _t.ItemOwner[_t.EntryItem[e]];
            if (_mask[consumer] && !_queued[consumer])
            {
                Enqueue(pending, touched, consumer);
            }
        }
    }

    private void Enqueue(PriorityQueue<int, (int, int)> pending, List<int> touched, int v)
    {
        _queued[v] = true;
        touched.Add(v);
        pending.Enqueue(v, (_scc.ComponentOf(v), v));
    }

    private void Charge(long units)
    {
        _work += units;
        if (_work > _workLimit)
        {
            throw new AnalysisLimitException(
                $"exposure: re-evaluating supply levels needs more than {_workLimit:N0} node evaluations on this graph (see docs/limits.md); ask for a target with a smaller supply chain");
        }
    }
}
