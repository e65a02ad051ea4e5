namespace ChipChain.Rendering.Layout;

/// <summary>
/// Optimal layering by the network simplex method of Gansner, Koutsofios, North and Vo (1993), as in Graphviz
/// dot: among all layerings where every edge climbs at least one layer, one with the least total edge length
/// (so the fewest dummy vertices). It starts from a feasible layering, grows a spanning forest of tight edges
/// (length exactly one), and exchanges a tree edge of negative cut value for the non-tree edge of least slack
/// until no cut value is negative. Ranks, post-order numbers and cut values are recomputed after each exchange:
/// O(V + E) per exchange, with the number of exchanges capped. Ties go to the lowest edge index.
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
        for (var exchange = 0; exchange < maxExchanges; exchange++)
        {
            simplex.Number();
            var leaving = simplex.LeavingEdge();
            if (leaving < 0)
            {
                return;
            }

            var entering = simplex.EnteringEdge(leaving);
            simplex._inTree[leaving] = false;
            simplex._inTree[entering] = true;
            simplex.Rerank();
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
    /// Post-order numbers (<c>lim</c>, and <c>low</c> the least in the subtree) and every tree edge's cut value: the
    /// edges crossing its cut in its direction minus those crossing back. The net outflow of a subtree is its root's
    /// out-degree minus in-degree plus its children's subtrees' outflows (edges inside cancel), so one post-order
    /// pass gives every cut value.
    /// </summary>
    private void Number()
    {
        Array.Fill(_parentEdge, -1);
        var next = 0;
        var stack = new Stack<(int Vertex, int Index)>();
        foreach (var root in _roots)
        {
            stack.Push((root, 0));
            _low[root] = next;
            _outflow[root] = _degreeBalance[root];
            while (stack.TryPop(out var top))
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
                    stack.Push((v, i + 1));
                    _parentEdge[w] = e;
                    _low[w] = next;
                    _outflow[w] = _degreeBalance[w];
                    stack.Push((w, 0));
                    continue;
                }

                _lim[v] = next;
                _byLim[next++] = v;
                if (_parentEdge[v] is var f and >= 0)
                {
                    // The subtree below f is one side of f's cut; its net outflow is f's cut value when it holds f's tail.
                    _cut[f] = _tail[f] == v ? _outflow[v] : -_outflow[v];
                    _outflow[Other(f, v)] += _outflow[v];
                }
            }
        }
    }

    /// <summary>The tree edge with the most negative cut value (the lowest index among equals), or −1.</summary>
    private int LeavingEdge()
    {
        var (best, bestCut) = (-1, 0L);
        for (var e = 0; e < _cut.Length; e++)
        {
            if (_inTree[e] && _cut[e] < bestCut)
            {
                (best, bestCut) = (e, _cut[e]);
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

    /// <summary>Ranks from the tree: each tree edge is tight, each tree keeps its root's rank.</summary>
    private void Rerank()
    {
        var stack = new Stack<int>();
        var seen = new bool[_rank.Length];
        foreach (var root in _roots)
        {
            seen[root] = true;
            stack.Push(root);
            while (stack.TryPop(out var v))
            {
                foreach (var e in _incident[v])
                {
                    var w = Other(e, v);
                    if (_inTree[e] && !seen[w])
                    {
                        seen[w] = true;
                        _rank[w] = _tail[e] == v ? _rank[v] + 1 : _rank[v] - 1;
                        stack.Push(w);
                    }
                }
            }
        }
    }
}
