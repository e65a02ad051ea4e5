using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// Whole-graph betweenness (<see cref="Betweenness.Of"/>, same normalisation) of the nodes upstream of one target,
/// from the sources in that cone only: a shortest path through a node v starts at a node that reaches v, which is
/// upstream of the target too, so every other source adds exactly zero to v and the values are identical. When the
/// work could exceed a budget in node and edge visits, an unbiased estimate from a seeded random sample of the cone's
/// sources is given instead (each source's dependencies scaled by cone size ÷ sample size, Brandes and Pich 2007),
/// and <see cref="BetweennessEstimate.Sources"/> says how many were used.
/// </summary>
internal sealed class ConeBetweenness
{
    private const int Seed = 1;

    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[] _sigma;
    private readonly int[] _distance;
    private readonly double[] _delta;
    private readonly int[] _order;

    public ConeBetweenness(SupplyGraph graph)
    {
        (_offsets, _targets) = Betweenness.Edges(graph);
        var n = graph.NodeCount;
        _sigma = new double[n];
        _distance = new int[n];
        Array.Fill(_distance, -1);
        _delta = new double[n];
        _order = new int[n];
    }

    /// <summary>Betweenness of the nodes in <paramref name="upstream"/> (others are not meaningful).</summary>
    /// <param name="upstream">The target's upstream cone.</param>
    /// <param name="maxWork">The budget in node and edge visits; past it the values are estimated.</param>
    public BetweennessEstimate Of(bool[] upstream, long maxWork)
    {
        var n = _distance.Length;
        var sources = new List<int>();
        for (var v = 0; v < n; v++)
        {
            if (upstream[v])
            {
                sources.Add(v);
            }
        }

        var centrality = new double[n];
        var used = 0;
        if ((double)sources.Count * DownstreamSize(sources) <= maxWork)
        {
            foreach (var s in sources)
            {
                Accumulate(s, centrality);
            }

            used = sources.Count;
        }
        else
        {
            // Sources in a seeded random order until the budget is spent; every source weighted by cone ÷ sample.
            var random = new Random(Seed);
            var order = sources.ToArray();
            random.Shuffle(order);
            var partial = new double[n];
            long work = 0;
            while (used < order.Length && (used == 0 || work < maxWork))
            {
                work += Accumulate(order[used++], partial);
            }

            var scale = (double)sources.Count / used;
            for (var v = 0; v < n; v++)
            {
                centrality[v] = partial[v] * scale;
            }
        }

        if (n > 2)
        {
            var norm = 1.0 / ((n - 1.0) * (n - 2.0));
            for (var v = 0; v < n; v++)
            {
                centrality[v] *= norm;
            }
        }

        return new BetweennessEstimate(centrality, used, sources.Count);
    }

    /// <summary>Nodes plus edges reachable from <paramref name="sources"/>: what one Brandes pass can visit at most.</summary>
    private long DownstreamSize(List<int> sources)
    {
        var seen = new bool[_distance.Length];
        var stack = new Stack<int>();
        long size = 0;
        foreach (var s in sources)
        {
            if (!seen[s])
            {
                seen[s] = true;
                stack.Push(s);
            }
        }

        while (stack.Count > 0)
        {
            var v = stack.Pop();
            size += 1 + _offsets[v + 1] - _offsets[v];
            for (var k = _offsets[v]; k < _offsets[v + 1]; k++)
            {
                if (!seen[_targets[k]])
                {
                    seen[_targets[k]] = true;
                    stack.Push(_targets[k]);
                }
            }
        }

        return size;
    }

    /// <summary>One Brandes pass from <paramref name="s"/> as in <see cref="Betweenness.Compute"/>, resetting only what it touched; returns its visits.</summary>
    private long Accumulate(int s, double[] centrality)
    {
        _sigma[s] = 1;
        _distance[s] = 0;
        int head = 0, tail = 0;
        long work = 0;
        _order[tail++] = s;
        while (head < tail)
        {
            var v = _order[head++];
            work += 1 + _offsets[v + 1] - _offsets[v];
            for (var k = _offsets[v]; k < _offsets[v + 1]; k++)
            {
                var w = _targets[k];
                if (_distance[w] < 0)
                {
                    _distance[w] = _distance[v] + 1;
                    _order[tail++] = w;
                }

                if (_distance[w] == _distance[v] + 1)
                {
                    _sigma[w] += _sigma[v];
                }
            }
        }

        for (var i = tail - 1; i >= 0; i--)
        {
            var v = _order[i];
            for (var k = _offsets[v]; k < _offsets[v + 1]; k++)
            {
                var w = _targets[k];
                if (_distance[w] == _distance[v] + 1)
                {
                    _delta[v] += _sigma[v] / _sigma[w] * (1 + _delta[w]);
                }
            }

            if (v != s)
            {
                centrality[v] += _delta[v];
            }
        }

        for (var i = 0; i < tail; i++)
        {
            var v = _order[i];
            _sigma[v] = 0;
            _delta[v] = 0;
            _distance[v] = -1;
        }

        return 2 * work;
    }
}
