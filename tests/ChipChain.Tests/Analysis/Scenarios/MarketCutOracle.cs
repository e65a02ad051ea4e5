using ChipChain.Model;

namespace ChipChain.Tests.Analysis.Scenarios;

/// <summary>
/// Cuts through markets by brute force, from the definition and without copying the graph: every link from a market
/// (structure without a country) into a consumer that is not one opens a context of its own, in which the markets
/// upstream are evaluated again and a supplier's link is cut when a filter matches that supplier, that consumer and
/// that link's item. Availability is the least fixpoint over (context, node) states; levels are iterated from above.
/// </summary>
internal sealed class MarketCutOracle
{
    private readonly SupplyGraph _graph;
    private readonly IReadOnlyList<Filter> _filters;
    private readonly bool[] _market;
    private readonly double[] _share;
    private readonly Dictionary<(int Ctx, int Node), List<List<(int Link, (int, int) Supplier, bool Cut)>>> _inputs = [];

    public MarketCutOracle(SupplyGraph graph, IReadOnlyList<Filter> filters)
    {
        _graph = graph;
        _filters = filters;
        _market = graph.Nodes.Select(n => n.Country is null && !n.IsFailureCandidate).ToArray();
        _share = new double[graph.Links.Count];
        var t = graph.Topology;
        for (var e = 0; e < t.EntryCount; e++)
        {
            _share[t.EntryLink[e]] += t.EntryShare[e];
        }

        var pending = new Stack<(int, int)>(Enumerable.Range(0, graph.NodeCount).Select(v => (-1, v)));
        while (pending.Count > 0)
        {
            var state = pending.Pop();
            if (_inputs.ContainsKey(state))
            {
                continue;
            }

            var items = Inputs(state);
            _inputs[state] = items;
            foreach (var (_, supplier, _) in items.SelectMany(i => i))
            {
                pending.Push(supplier);
            }
        }

        Matched = filters.Select(f => Enumerable.Range(0, graph.Links.Count).Any(l => Direct(f, l))
            || _inputs.Where(p => p.Key.Ctx >= 0).Any(p => p.Value.SelectMany(i => i).Any(x => x.Supplier.Item1 < 0 && Delivers(f, (p.Key.Ctx, x.Supplier.Item2))))).ToArray();
    }

    /// <summary>A filter: supplier country, consumer country, item, supplier kind, consumer kind (null = any).</summary>
    public sealed record Filter(string SupplierCountry, string ConsumerCountry, string? Item, string? SupplierKind, string? ConsumerKind);

    /// <summary>Whether each filter cuts anything.</summary>
    public bool[] Matched { get; }

    public bool[] Down(ISet<int> failed)
    {
        var down = _inputs.Keys.ToDictionary(s => s, s => failed.Contains(s.Node));
        bool changed;
        do
        {
            changed = false;
            foreach (var (state, items) in _inputs)
            {
                if (!down[state] && items.Any(item => item.All(x => x.Cut || down[x.Supplier])))
                {
                    down[state] = changed = true;
                }
            }
        }
        while (changed);
        return Enumerable.Range(0, _graph.NodeCount).Select(v => down[(-1, v)]).ToArray();
    }

    public double[] Levels(double[] own)
    {
        var level = _inputs.Keys.ToDictionary(s => s, s => own[s.Node]);
        for (var sweep = 0; sweep < 100_000; sweep++)
        {
            double change = 0;
            foreach (var (state, items) in _inputs)
            {
                var next = own[state.Node];
                foreach (var item in items)
                {
                    next = Math.Min(next, item.Sum(x => x.Cut ? 0 : _share[x.Link] * level[x.Supplier]));
                }

                change = Math.Max(change, level[state] - next);
                level[state] = next;
            }

            if (change <= 1e-13)
            {
                break;
            }
        }

        return Enumerable.Range(0, _graph.NodeCount).Select(v => level[(-1, v)]).ToArray();
    }

    private List<List<(int, (int, int), bool)>> Inputs((int Ctx, int Node) state)
    {
        var (ctx, v) = state;
        var inbound = Enumerable.Range(0, _graph.Links.Count).Where(l => _graph.ConsumerIndex(l) == v).ToList();
        var groups = _graph[v].Requires == Requirement.Any
            ? (inbound.Count == 0 ? [] : [inbound])
            : inbound.GroupBy(l => _graph.Links[l].Item ?? $"\0link{l}").Select(g => g.ToList()).ToList();
        return groups.Select(g => g.Select(l =>
        {
            var s = _graph.SupplierIndex(l);
            if (ctx < 0)
            {
                return _market[s] && !_market[v] ? (l, (l, s), false) : (l, (-1, s), _filters.Any(f => Direct(f, l)));
            }

            return _market[s] ? (l, (ctx, s), false) : (l, (-1, s), _filters.Any(f => Delivers(f, (ctx, s))));
        }).ToList()).ToList();
    }

    private bool Direct(Filter f, int l) => Supplies(f, _graph.SupplierIndex(l)) && Receives(f, l);

    private bool Delivers(Filter f, (int Ctx, int Supplier) at) => at.Ctx >= 0 && Supplies(f, at.Supplier) && Receives(f, at.Ctx);

    private bool Supplies(Filter f, int s) => _graph[s].Country == f.SupplierCountry && (f.SupplierKind is null || _graph[s].Kind == f.SupplierKind);

    private bool Receives(Filter f, int l)
    {
        var c = _graph[_graph.ConsumerIndex(l)];
        return c.Country == f.ConsumerCountry && (f.ConsumerKind is null || c.Kind == f.ConsumerKind) && (f.Item is null || _graph.Links[l].Item == f.Item);
    }
}
