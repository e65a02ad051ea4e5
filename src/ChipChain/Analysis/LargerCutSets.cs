using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// The minimal cut sets of two to K failures of every node upstream of a target, bottom-up in component order. A
/// node's family F(n) holds only sets that avoid its stop set S(n): an item with one supplier passes that supplier's
/// family on (shared when the node adds nothing but itself), and an item with several suppliers is the truncated,
/// minimised product of each supplier's singletons outside S(n) and its larger sets.
/// </summary>
internal sealed class LargerCutSets
{
    private readonly GraphTopology _t;
    private readonly StopSetForest _stops;
    private readonly int _order;
    private readonly long _maxSets;
    private readonly List<int[]>?[] _families;
    private long _built;

    public LargerCutSets(GraphTopology topology, StopSetForest stops, int order, long maxSets)
    {
        _t = topology;
        _stops = stops;
        _order = order;
        _maxSets = maxSets;
        _families = new List<int[]>[topology.NodeCount];
    }

    /// <summary>The sets of two or more failures that stop <paramref name="node"/>.</summary>
    public IReadOnlyList<int[]> Of(int node) => _families[node] ?? [];

    /// <summary>Solves one component; a cycle starts from empty families and iterates to the least fixpoint.</summary>
    public void Solve(ReadOnlySpan<int> members, int component, int[] componentOf)
    {
        if (members.Length == 1)
        {
            _families[members[0]] = Evaluate(members[0]);
            return;
        }

        foreach (var v in members)
        {
            _families[v] = [];
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var v in members)
            {
                var next = Evaluate(v);
                if (!CutSetFamily.SameFamily(next, _families[v]!))
                {
                    _families[v] = next;
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private List<int[]> Evaluate(int node)
    {
        if (_order < 2)
        {
            return [];
        }

        var all = new List<int[]>();
        List<int[]>? only = null;
        for (var item = _t.ItemStart[node]; item < _t.ItemStart[node + 1]; item++)
        {
            var suppliers = _t.SuppliersOf(item).ToArray().Distinct().ToArray();
            if (suppliers.Length == 1)
            {
                // Sharing: a node that adds only itself to its one supplier's stop set keeps that supplier's family.
                var family = _families[suppliers[0]] ?? [];
                if (_stops.Parent(node) == suppliers[0] && OwnIsAtMostItself(node))
                {
                    only = family;
                    continue;
                }

                all.AddRange(family.Where(set => Avoids(node, set)));
                continue;
            }

            List<int[]>? product = null;
            foreach (var s in suppliers)
            {
                var singles = _stops.Beyond(new StopSetHandle(s, []), node);
                var family = singles.Select(x => new[] { x }).Concat((_families[s] ?? []).Where(set => Avoids(node, set))).ToList();
                // Charge the combinations before building them: a product is the costly step.
                Count(product is null ? family.Count : CutSetFamily.Cost(product, family.Count, _order));
                product = product is null ? family : CutSetFamily.Product(product, family, _order);
                if (product.Count == 0)
                {
                    break;
                }
            }

            all.AddRange(product ?? []);
        }

        if (only is not null && all.Count == 0)
        {
            return only;
        }

        if (only is not null)
        {
            all.AddRange(only);
        }

        Count(all.Count);
        return CutSetFamily.Minimise(all);
    }

    private bool OwnIsAtMostItself(int node)
    {
        var own = _stops.Own(node);
        return own.Length == 0 || (own.Length == 1 && own[0] == node);
    }

    private bool Avoids(int node, int[] set)
    {
        foreach (var x in set)
        {
            if (_stops.Contains(node, x))
            {
                return false;
            }
        }

        return true;
    }

    private void Count(long sets)
    {
        _built += sets;
        if (_built > _maxSets)
        {
            throw new AnalysisLimitException(
                $"minimal cut sets: more than {_maxSets:N0} combinations of order up to {_order} on the way to the target (see docs/limits.md); ask for a lower --order");
        }
    }
}
