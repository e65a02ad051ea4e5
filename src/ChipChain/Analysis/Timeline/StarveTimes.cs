using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Analysis.Timeline;

/// <summary>
/// The timeline of a single failure without simulating weeks. While one node is down (weeks 0 … d − 1) every node
/// that goes down stays down until week d, and nothing is down from week d on: a node is down only when a supplier is
/// down in the same week. So each node has one first week: 0 for the failed node, else the least over its items of
/// (the latest first week among the item's suppliers + the item's buffer). That is a shortest-path problem over AND
/// (items) and OR (nodes) with non-negative weights, solved in order of increasing week (Knuth's generalisation of
/// Dijkstra), whose unreached nodes give the least fixpoint on cycles. Its cost does not depend on the horizon; the
/// property tests check it against <see cref="TimelineEngine"/>.
/// </summary>
internal sealed class StarveTimes
{
    private readonly GraphTopology _topology;
    private readonly int[] _buffer;
    private readonly bool[] _relevant;
    private readonly int[] _first;
    private readonly int[] _firstStamp;
    private readonly bool[] _done;
    private readonly int[] _remaining;
    private readonly int[] _remainingStamp;
    private readonly List<int> _touched = [];
    private readonly PriorityQueue<int, int> _queue = new();
    private readonly long _workLimit;
    private int _stamp;

    public StarveTimes(GraphTopology topology, int[] itemBuffer, bool[] relevant, long workLimit)
    {
        _topology = topology;
        _buffer = itemBuffer;
        _relevant = relevant;
        _first = new int[topology.NodeCount];
        _firstStamp = new int[topology.NodeCount];
        _done = new bool[topology.NodeCount];
        _remaining = new int[topology.ItemCount];
        _remainingStamp = new int[topology.ItemCount];
        _workLimit = workLimit;
    }

    /// <summary>The work done so far (nodes settled and links followed).</summary>
    public long Work { get; private set; }

    /// <summary>The first week <paramref name="target"/> is down when <paramref name="failed"/> alone fails, or -1 when not before week <paramref name="limit"/>.</summary>
    /// <exception cref="AnalysisLimitException">The work passes the limit.</exception>
    public int FirstWeek(int failed, int target, int limit)
    {
        _stamp++;
        foreach (var v in _touched)
        {
            _done[v] = false;
        }

        _touched.Clear();
        _queue.Clear();
        Offer(failed, 0);
        var t = _topology;
        var entryItem = t.EntryItem;
        var entryStart = t.EntryStart;
        var itemOwner = t.ItemOwner;
        while (_queue.TryDequeue(out var s, out var week))
        {
            if (_done[s] || _first[s] != week)
            {
                continue;
            }

            _done[s] = true;
            if (s == target)
            {
                return week;
            }

            var uses = t.UsesOf(s);
            Work += 1 + uses.Length;
            if (Work > _workLimit)
            {
                throw new AnalysisLimitException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"resilience: ranking the failures needs more than {_workLimit:N0} steps of work on this graph (see docs/limits.md)"));
            }

            foreach (var e in uses)
            {
                var item = entryItem[e];
                var owner = itemOwner[item];
                if (!_relevant[owner] || _done[owner])
                {
                    continue;
                }

                if (_remainingStamp[item] != _stamp)
                {
                    _remainingStamp[item] = _stamp;
                    _remaining[item] = entryStart[item + 1] - entryStart[item];
                }

                // Suppliers settle in order of week, so the last one to settle has the latest first week.
                if (--_remaining[item] == 0 && week + _buffer[item] < limit)
                {
                    Offer(owner, week + _buffer[item]);
                }
            }
        }

        return -1;
    }

    private void Offer(int node, int week)
    {
        if (_firstStamp[node] == _stamp && _first[node] <= week)
        {
            return;
        }

        if (_firstStamp[node] != _stamp)
        {
            _firstStamp[node] = _stamp;
            _touched.Add(node);
        }

        _first[node] = week;
        _queue.Enqueue(node, week);
    }
}
