namespace ChipChain.Rendering.Layout;

/// <summary>
/// Optimal layering by the network simplex method of Gansner, Koutsofios, North and Vo (1993), as in Graphviz
/// dot: among all layerings where every edge climbs at least one layer, one with the least total edge length
/// (so the fewest dummy vertices). It starts from a feasible layering, grows a spanning forest of tight edges
/// (length exactly one), and exchanges a tree edge of negative cut value for the non-tree edge of least slack
/// until no cut value is negative. After an exchange only the moved subtree is re-ranked and only the subtree of the
/// entering edge's lowest common ancestor renumbered, as in dot; the number of exchanges is capped. Ties go to the
/// lowest edge index.
/// </summary>
internal sealed class NetworkSimplex
{
    private readonly int[] _tail;
    private readonly int[] _head;
    private readonly List<int>[] _incident;
    private readonly int[] _rank;
    private readonly bool[] _inTree;
    private readonly int[] _parentEdge;
    private readonly int[] _low;
    private readonly int[] _lim;
    private readonly int[] _byLim;
    private readonly long[] _cut;
    private readonly long[] _degreeBalance;
    private readonly long[] _outflow;
    private readonly List<int> _roots = [];
    private readonly Stack<(int Vertex, int Index)> _stack = new();
    private int _searchFrom;

    /// <summary>How many negative cut values the search for a leaving edge looks at (dot's Search_size).</summary>
    private const int SearchSize = 30;

    private NetworkSimplex(int[] tail, int[] head, int[] rank)
    {
        (_tail, _head, _rank) = (tail, head, rank);
        var n = rank.Length;
        _incident = new List<int>[n];
        for (var v = 0; v < n; v++)
        {
            _incident[v] = [];
        }

        _degreeBalance = new long[n];
        _outflow = new long[n];
        for (var e = 0; e < tail.Length; e++)
        {
            _incident[tail[e]].Add(e);
            _incident[head[e]].Add(e);
            _degreeBalance[tail[e]]++;
            _degreeBalance[head[e]]--;
        }

        _inTree = new bool[tail.Length];
        _cut = new long[tail.Length];
        _parentEdge = new int[n];
        _low = new int[n];
        _lim = new int[n];
        _byLim = new int[n];
    }

    /// <summary>
    /// Improves the feasible <paramref name="rank"/> (every edge <c>tail → head</c> has
    /// <c>rank[head] ≥ rank[tail] + 1</c>) in place to one of least total edge length.
    /// </summary>
    public static void Optimise(int[] tail, int[] head, int[] rank, int maxExchanges)
    {
        var simplex = new NetworkSimplex(tail, head, rank);
        simplex.FeasibleTree();
        var next = 0;
        foreach (var root in simplex._roots)
        {
            simplex._parentEdge[root] = -1;
            next = simplex.Number(root, next);
        }

        for (var exchange = 0; exchange < maxExchanges; exchange++)
        {
            var leaving = simplex.LeavingEdge();
            if (leaving < 0)
            {
                return;
            }

            simplex.Exchange(leaving, simplex.EnteringEdge(leaving));
        }
    }

    private int Slack(int e) => _rank[_head[e]] - _rank[_tail[e]] - 1;

    private int Other(int e, int v) => _tail[e] == v ? _head[e] : _tail[e];

    /// <summary>A spanning forest (one tree per connected part) of tight edges, shifting ranks where needed.</summary>
    private void FeasibleTree()
    {
        var n = _rank.Length;
        var inTree = new bool[n];
        var members = new List<int>();
        var stack = new Stack<int>();
        for (var root = 0; root < n; root++)
        {
            if (inTree[root])
            {
                continue;
            }

            _roots.Add(root);
            members.Clear();
            Grow(root);
            while (true)
            {
                // The non-tree edge with one end in this tree and the least slack; shift the tree to make it tight.
                var (best, bestSlack) = (-1, int.MaxValue);
                foreach (var v in members)
                {
                    foreach (var e in _incident[v])
                    {
                        if (!inTree[Other(e, v)] && Slack(e) < bestSlack)
                        {
                            (best, bestSlack) = (e, Slack(e));
                        }
                    }
                }

                if (best < 0)
                {
                    break;
                }

                var delta = inTree[_tail[best]] ? bestSlack : -bestSlack;
                foreach (var v in members)
                {
                    _rank[v] += delta;
                }

                var outside = inTree[_tail[best]] ? _head[best] : _tail[best];
                _inTree[best] = true;
                Grow(outside);
            }
        }

        void Grow(int start)
        {
            inTree[start] = true;
            members.Add(start);
            stack.Push(start);
            while (stack.TryPop(out var v))
            {
                foreach (var e in _incident[v])
                {
                    var w = Other(e, v);
                    if (!inTree[w] && Slack(e) == 0)
                    {
                        inTree[w] = true;
                        _inTree[e] = true;
                        members.Add(w);
                        stack.Push(w);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Numbers the subtree of <paramref name="root"/> in post-order from <paramref name="first"/> (<c>lim</c>, and
    /// <c>low</c> the least number in a vertex's subtree) and sets the cut value of every tree edge in it: the edges
    /// crossing its cut in its direction minus those crossing back. A subtree's net outflow is its root's out-degree
    /// minus in-degree plus its children's outflows (edges inside cancel), so one pass gives every cut value.
    /// Returns the next free number.
    /// </summary>
    private int Number(int root, int first)
    {
        var next = first;
        _stack.Clear();
        _stack.Push((root, 0));
        _low[root] = next;
        _outflow[root] = _degreeBalance[root];
        while (_stack.TryPop(out var top))
        {
            var (v, i) = top;
            var incident = _incident[v];
            while (i < incident.Count && (!_inTree[incident[i]] || incident[i] == _parentEdge[v]))
            {
                i++;
            }

            if (i < incident.Count)
            {
                var e = incident[i];
                var w = Other(e, v);
                _stack.Push((v, i + 1));
                _parentEdge[w] = e;
                _low[w] = next;
                _outflow[w] = _degreeBalance[w];
                _stack.Push((w, 0));
                continue;
            }

            _lim[v] = next;
            _byLim[next++] = v;
            if (v != root && _parentEdge[v] is var f and >= 0)
            {
                _cut[f] = _tail[f] == v ? _outflow[v] : -_outflow[v];
                _outflow[Other(f, v)] += _outflow[v];
            }
        }

        return next;
    }

    /// <summary>
    /// Swaps <paramref name="leaving"/> for <paramref name="entering"/>: the subtree below the leaving edge moves by
    /// the entering edge's slack so that it becomes tight, and only the subtree of the lowest common ancestor of the
    /// entering edge's ends is renumbered (every cut value outside it stays the same).
    /// </summary>
    private void Exchange(int leaving, int entering)
    {
        var below = _lim[_tail[leaving]] < _lim[_head[leaving]] ? _tail[leaving] : _head[leaving];
        var delta = Slack(entering);
        if (delta != 0)
        {
            var shift = Contains(below, _tail[entering]) ? delta : -delta;
            for (var k = _low[below]; k <= _lim[below]; k++)
            {
                _rank[_byLim[k]] += shift;
            }
        }

        var ancestor = _tail[entering];
        while (!Contains(ancestor, _head[entering]))
        {
            ancestor = Other(_parentEdge[ancestor], ancestor);
        }

        _inTree[leaving] = false;
        _inTree[entering] = true;
        Number(ancestor, _low[ancestor]);
    }

    private bool Contains(int subtree, int v) => _low[subtree] <= _lim[v] && _lim[v] <= _lim[subtree];

    /// <summary>
    /// A tree edge of negative cut value, or −1: as in dot, the search resumes where the last one stopped and takes
    /// the most negative of the first <see cref="SearchSize"/> it meets (the lowest index among equals).
    /// </summary>
    private int LeavingEdge()
    {
        var (best, bestCut, found) = (-1, 0L, 0);
        var count = _cut.Length;
        for (var i = 0; i < count && found < SearchSize; i++)
        {
            var e = (_searchFrom + i) % count;
            if (_inTree[e] && _cut[e] < 0)
            {
                found++;
                if (_cut[e] < bestCut || (_cut[e] == bestCut && e < best))
                {
                    (best, bestCut) = (e, _cut[e]);
                }

                if (found == SearchSize)
                {
                    _searchFrom = (e + 1) % count;
                }
            }
        }

        return best;
    }

    /// <summary>The non-tree edge of least slack that crosses the cut of <paramref name="leaving"/> the other way.</summary>
    private int EnteringEdge(int leaving)
    {
        // The side of the cut below the tree edge is a subtree: the vertices whose post-order number lies in [low, lim].
        var below = _lim[_tail[leaving]] < _lim[_head[leaving]] ? _tail[leaving] : _head[leaving];
        var searchOut = below == _head[leaving];
        var (low, lim) = (_low[below], _lim[below]);
        var (best, bestSlack) = (-1, int.MaxValue);
        for (var k = low; k <= lim; k++)
        {
            var v = _byLim[k];
            foreach (var e in _incident[v])
            {
                var leavesSubtree = searchOut ? _tail[e] == v : _head[e] == v;
                var other = Other(e, v);
                if (!_inTree[e] && leavesSubtree && (_lim[other] < low || _lim[other] > lim) && (Slack(e) < bestSlack || (Slack(e) == bestSlack && e < best)))
                {
                    (best, bestSlack) = (e, Slack(e));
                }
            }
        }

        return best;
    }
}
