namespace ChipChain.Analysis;

/// <summary>
/// The stop sets S(n) in persistent form: S(n) = Own(n) ∪ S(Parent(n)), with Own(n) disjoint from S(Parent(n)) and
/// a parent always evaluated before its child. A chain of n nodes then costs n small sets instead of n²/2 elements:
/// a node that adds itself to one supplier's set stores one element and a link.
/// </summary>
/// <remarks>
/// The links form a forest. Depths and skew-binary jump pointers (one per node) answer "is u an ancestor of v" and
/// lowest common ancestors in O(log depth), so intersecting two supplier sets only walks the parts of them below
/// their common ancestor, and membership x ∈ S(v) asks whether a node whose own part holds x is an ancestor of v.
/// Every step is charged to a work budget; past it the analysis stops with <see cref="AnalysisLimitException"/>.
/// </remarks>
internal sealed class StopSetForest
{
    private readonly int[]?[] _own;
    private readonly int[] _parent;
    private readonly int[] _jump;
    private readonly int[] _depth;
    private readonly long[] _size;
    private readonly int[] _firstHome;
    private readonly Dictionary<int, List<int>> _moreHomes = [];
    private readonly long _workLimit;
    private long _work;

    public StopSetForest(int nodeCount, long workLimit)
    {
        _own = new int[nodeCount][];
        _parent = new int[nodeCount];
        _jump = new int[nodeCount];
        _depth = new int[nodeCount];
        _size = new long[nodeCount];
        _firstHome = new int[nodeCount];
        Array.Fill(_firstHome, -1);
        _workLimit = workLimit;
    }

    public int NodeCount => _own.Length;

    public bool Has(int node) => _own[node] is not null;

    public int Parent(int node) => _parent[node];

    public int[] Own(int node) => _own[node] ?? throw new InvalidOperationException("The set was not computed.");

    public long Size(int node) => _size[node];

    public int Depth(int node) => _depth[node];

    /// <summary>Stores S(node) = own ∪ S(parent); <paramref name="final"/> false while a cycle is still being solved.</summary>
    public void Set(int node, int[] own, int parent, bool final)
    {
        _own[node] = own;
        _parent[node] = parent;
        _size[node] = own.Length + (parent < 0 ? 0 : _size[parent]);
        if (parent < 0)
        {
            _depth[node] = 0;
            _jump[node] = node;
        }
        else
        {
            _depth[node] = _depth[parent] + 1;
            var j = _jump[parent];
            _jump[node] = _depth[parent] - _depth[j] == _depth[j] - _depth[_jump[j]] ? _jump[j] : parent;
        }

        Charge(own.Length + 1);
        if (final)
        {
            Register(node);
        }
    }

    /// <summary>Records where the elements of a final set's own part live, for membership queries.</summary>
    public void Register(int node)
    {
        foreach (var x in _own[node]!)
        {
            if (_firstHome[x] < 0)
            {
                _firstHome[x] = node;
            }
            else
            {
                if (!_moreHomes.TryGetValue(x, out var list))
                {
                    list = [];
                    _moreHomes.Add(x, list);
                }

                list.Add(node);
            }
        }
    }

    /// <summary>Whether x ∈ S(node), for final sets.</summary>
    public bool Contains(int node, int x) => ContainsBelow(node, x, -1);

    /// <summary>Whether x lies in an own part on the path from <paramref name="node"/> up to, not including, depth <paramref name="stopDepth"/> + 1 and above.</summary>
    private bool ContainsBelow(int node, int x, int stopDepth)
    {
        var home = _firstHome[x];
        if (home < 0)
        {
            return false;
        }

        if (_depth[home] > stopDepth && IsAncestorOrSelf(home, node))
        {
            return true;
        }

        if (_moreHomes.TryGetValue(x, out var more))
        {
            foreach (var h in more)
            {
                if (_depth[h] > stopDepth && IsAncestorOrSelf(h, node))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>S(node) as a sorted array.</summary>
    public int[] Materialize(int node)
    {
        var parts = new List<int>((int)Math.Min(_size[node], int.MaxValue / 2));
        for (var v = node; v >= 0; v = _parent[v])
        {
            parts.AddRange(_own[v]!);
        }

        Charge(parts.Count);
        var result = parts.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>(S(a.Base) ∪ a.Extra) ∩ S(b), as a base and extras disjoint from the base's set.</summary>
    public StopSetHandle Intersect(StopSetHandle a, int b)
    {
        if (a.Base < 0)
        {
            return new StopSetHandle(-1, Filter(a.Extra, x => Contains(b, x)));
        }

        var lca = CommonAncestor(a.Base, b);
        var stop = lca < 0 ? -1 : _depth[lca];
        var fromA = Collect(a.Base, lca);
        var fromB = Collect(b, lca);

        // Walk the shorter side; test its elements against the other side's own parts by their homes.
        int[] extras;
        if (fromB.Count <= fromA.Count + a.Extra.Length)
        {
            extras = Filter([.. fromB], x => Array.BinarySearch(a.Extra, x) >= 0 || ContainsBelow(a.Base, x, stop));
        }
        else
        {
            var left = new List<int>(fromA);
            left.AddRange(a.Extra);
            extras = Filter([.. left], x => ContainsBelow(b, x, stop));
        }

        return new StopSetHandle(lca, extras);
    }

    /// <summary>The elements of S(h.Base) ∪ h.Extra that are not in S(parent), sorted.</summary>
    public int[] Beyond(StopSetHandle h, int parent)
    {
        var items = new List<int>(h.Extra);
        if (h.Base >= 0 && (parent < 0 || !IsAncestorOrSelf(h.Base, parent)))
        {
            var lca = parent < 0 ? -1 : CommonAncestor(h.Base, parent);
            items.AddRange(Collect(h.Base, lca));
        }

        return Filter([.. items], x => parent < 0 || !Contains(parent, x));
    }

    public long TotalOwnSize()
    {
        long total = 0;
        foreach (var own in _own)
        {
            total += own?.Length ?? 0;
        }

        return total;
    }

    private List<int> Collect(int from, int until)
    {
        var result = new List<int>();
        for (var v = from; v != until && v >= 0; v = _parent[v])
        {
            result.AddRange(_own[v]!);
            Charge(_own[v]!.Length + 1);
        }

        return result;
    }

    private int[] Filter(int[] items, Func<int, bool> keep)
    {
        Charge(items.Length);
        var kept = new List<int>(items.Length);
        foreach (var x in items)
        {
            if (keep(x))
            {
                kept.Add(x);
            }
        }

        kept.Sort();
        var result = new List<int>(kept.Count);
        foreach (var x in kept)
        {
            if (result.Count == 0 || result[^1] != x)
            {
                result.Add(x);
            }
        }

        return [.. result];
    }

    private bool IsAncestorOrSelf(int ancestor, int node) =>
        _depth[ancestor] <= _depth[node] && AncestorAtDepth(node, _depth[ancestor]) == ancestor;

    private int AncestorAtDepth(int node, int depth)
    {
        var v = node;
        while (_depth[v] > depth)
        {
            Charge(1);
            v = _depth[_jump[v]] >= depth ? _jump[v] : _parent[v];
        }

        return v;
    }

    /// <summary>The deepest common ancestor of two nodes in the forest, or -1 when they are in different trees.</summary>
    private int CommonAncestor(int a, int b)
    {
        if (_depth[a] > _depth[b])
        {
            a = AncestorAtDepth(a, _depth[b]);
        }
        else if (_depth[b] > _depth[a])
        {
            b = AncestorAtDepth(b, _depth[a]);
        }

        while (a != b)
        {
            Charge(1);
            if (_depth[a] == 0)
            {
                return -1;
            }

            // Jump pointers depend only on depth, so at equal depths both jumps land at equal depths: when they land
            // on different nodes the common ancestor is above them and the jump is safe; else step one level.
            (a, b) = _jump[a] != _jump[b] ? (_jump[a], _jump[b]) : (_parent[a], _parent[b]);
        }

        return a;
    }

    private void Charge(long units)
    {
        _work += units;
        if (_work > _workLimit)
        {
            throw new AnalysisLimitException(
                $"single points of failure: the stop sets need more than {_workLimit:N0} steps of work on this graph (see docs/limits.md); analyse fewer targets or a smaller part of the graph");
        }
    }
}
