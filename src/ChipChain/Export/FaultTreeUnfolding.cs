using ChipChain.Model;

namespace ChipChain.Export;

/// <summary>
/// Unfolds the supply graph above a target into an acyclic fault tree: "node unavailable" = its own basic event OR,
/// per item, the AND over the item's suppliers of "supplier unavailable". Only failure candidates have a basic event:
/// a structure node (<see cref="GraphTopology.IsCandidate"/> false: a market, a process step) is the OR of its items
/// alone, and one with no item that can be lost is never unavailable, so it is left out: an item it supplies cannot
/// be lost (the item's AND is false and drops out of its consumer's OR), and a target that never is gets the constant
/// false.
/// </summary>
/// <remarks>
/// <para>
/// A fault tree must be acyclic, a supply graph need not be. The cascade is a least fixpoint: a node goes down only
/// when an item of it has lost every supplier at an EARLIER step, so every failure has a derivation tree in which the
/// step strictly decreases from consumer to supplier, and therefore no node appears twice on one root-to-leaf path.
/// A node can never be needed for its own failure. Cutting a branch when it revisits a node already on the current
/// path (treating that supplier as "not failed", which makes its item's AND false and drops the item) thus keeps
/// every derivation and adds none: the tree's boolean function equals the cascade. (The greatest fixpoint, where a
/// cycle of nodes could keep itself down, is what the cut rules out.)
/// </para>
/// <para>
/// Sharing: what a node's gate means depends only on which nodes above it on the path it may not use again, and
/// only those upstream of it matter. The path above a node consists of nodes downstream of it, so the only ones also
/// upstream are in its own strongly connected component. A node outside any cycle therefore gets exactly one gate,
/// shared by every consumer; a node inside a cycle gets one gate per distinct set of its component's nodes on the
/// path (the path within the component is contiguous: a walk that leaves a component never comes back). That is
/// exponential only in the size of a cyclic component, never in the size of the graph. Copies are named
/// <c>id_unavailable_v2</c>, <c>_v3</c>, … and labelled with the nodes they exclude.
/// </para>
/// </remarks>
internal sealed class FaultTreeUnfolding
{
    private readonly SupplyGraph _graph;
    private readonly GraphTopology _topology;
    private readonly StronglyConnectedComponents _components;
    private readonly Dictionary<(int Node, string Excluded), FaultTreeEvent?> _memo = [];
    private readonly Dictionary<(int Node, string Excluded), bool> _never = [];
    private readonly int[] _variants;
    private readonly List<FaultTreeGate> _gates = [];
    private readonly SortedSet<int> _basicEvents = [];

    private FaultTreeUnfolding(SupplyGraph graph)
    {
        _graph = graph;
        _topology = graph.Topology;
        _components = graph.Components;
        _variants = new int[graph.NodeCount];
    }

    /// <summary>The gates, top first (each gate before the gates it uses); a gate without arguments is the constant false.</summary>
    public IReadOnlyList<FaultTreeGate> Gates => _gates;

    /// <summary>The nodes whose basic events the tree uses, by index: failure candidates only.</summary>
    public IReadOnlyCollection<int> BasicEvents => _basicEvents;

    /// <summary>Unfolds the tree of <paramref name="target"/>; its top gate is <see cref="OpenPsaNames.NodeGate"/> of the target.</summary>
    public static FaultTreeUnfolding Of(SupplyGraph graph, int target)
    {
        var unfolding = new FaultTreeUnfolding(graph);
        var top = unfolding.Node(target, []);
        if (top is not { IsGate: true })
        {
            // A source target: the top event is its own failure; or a structure target none of whose items can be
            // lost, which is never unavailable (no arguments: the constant false). The top stays a gate either way.
            unfolding._gates.Add(new FaultTreeGate(OpenPsaNames.NodeGate(graph[target].Id), $"{graph[target].Id} unavailable", null, top is { } own ? [own] : []));
        }

        // Gates were added after their arguments; reversed, the top comes first.
        unfolding._gates.Reverse();
        return unfolding;
    }

    /// <summary>"Node <paramref name="v"/> unavailable", or <see langword="null"/> when it never is (on this path).</summary>
    private FaultTreeEvent? Node(int v, int[] excluded)
    {
        var key = (v, string.Join(',', excluded));
        if (_memo.TryGetValue(key, out var known))
        {
            return known;
        }

        // Only a failure candidate has a basic event; a structure node is a gate over its items alone.
        var candidate = _topology.IsCandidate(v);
        if (candidate)
        {
            _basicEvents.Add(v);
        }

        var items = new List<(int Position, FaultTreeEvent[] Suppliers)>();
        var range = _topology.ItemsOf(v);
        foreach (var (item, suppliers) in LiveItems(v, excluded))
        {
            // A supplier that is never unavailable keeps the item supplied: the item's AND is false. Checked before
            // any supplier's gate is made, so that the tree holds no gate or event it does not use.
            if (!suppliers.Any(s => Never(s.Node, s.Excluded)))
            {
                items.Add((item - range.Start.Value + 1, [.. suppliers.Select(s => Node(s.Node, s.Excluded)!.Value)]));
            }
        }

        var result = Gate(v, excluded, candidate, items, range.Start.Value);
        _memo.Add(key, result);
        return result;
    }

    /// <summary>Whether node <paramref name="v"/> can never be unavailable on this path: a structure node none of whose items can be lost.</summary>
    private bool Never(int v, int[] excluded)
    {
        if (_topology.IsCandidate(v))
        {
            return false;
        }

        var key = (v, string.Join(',', excluded));
        if (!_never.TryGetValue(key, out var never))
        {
            never = LiveItems(v, excluded).All(item => item.Suppliers.Any(s => Never(s.Node, s.Excluded)));
            _never.Add(key, never);
        }

        return never;
    }

    /// <summary>
    /// The items of <paramref name="v"/> that can be lost on this path, each with its distinct suppliers and the path
    /// nodes each supplier may not use again (the cycle rule in the remarks).
    /// </summary>
    private List<(int Item, (int Node, int[] Excluded)[] Suppliers)> LiveItems(int v, int[] excluded)
    {
        var cyclic = _components.IsCyclic(_components.ComponentOf(v));
        int[] inside = cyclic ? [.. excluded.Append(v).Order()] : [];
        var result = new List<(int, (int, int[])[])>();
        var range = _topology.ItemsOf(v);
        for (var item = range.Start.Value; item < range.End.Value; item++)
        {
            var suppliers = Distinct(_topology.SuppliersOf(item));
            if (cyclic && suppliers.Any(s => Array.BinarySearch(inside, s) >= 0))
            {
                // A supplier already on the path cannot be down for this node's sake: the item never fails here.
                continue;
            }

            result.Add((item, [.. suppliers.Select(s => (s, SameComponent(v, s) ? inside : []))]));
        }

        return result;
    }

    private FaultTreeEvent? Gate(int v, int[] excluded, bool candidate, List<(int Position, FaultTreeEvent[] Suppliers)> items, int firstItem)
    {
        var own = new FaultTreeEvent(false, OpenPsaNames.BasicEvent(_graph[v].Id));
        if (items.Count == 0)
        {
            // No item can be lost: a candidate is down only by its own failure, a structure node never.
            return candidate ? own : null;
        }

        var variant = ++_variants[v];
        var arguments = candidate ? new List<FaultTreeEvent> { own } : [];
        foreach (var (position, suppliers) in items)
        {
            if (suppliers.Length == 1)
            {
                // Two items served by the same single supplier need it once (MEF forbids repeated arguments).
                if (!arguments.Contains(suppliers[0]))
                {
                    arguments.Add(suppliers[0]);
                }

                continue;
            }

            var name = OpenPsaNames.ItemGate(_graph[v].Id, position, variant);
            _gates.Add(new FaultTreeGate(name, $"{_graph[v].Id} lacks {ItemText(firstItem + position - 1)}: every supplier unavailable", "and", suppliers));
            arguments.Add(new FaultTreeEvent(true, name));
        }

        var gateName = OpenPsaNames.NodeGate(_graph[v].Id, variant);
        var label = excluded.Length == 0
            ? $"{_graph[v].Id} unavailable"
            : $"{_graph[v].Id} unavailable, not counting supply through {string.Join(", ", excluded.Select(i => _graph[i].Id).Order(StringComparer.Ordinal))} (already on the path)";
        if (!candidate)
        {
            label += "; cannot fail on its own";
        }

        // A structure node with one argument is a gate of that argument alone (MEF's or needs two).
        _gates.Add(new FaultTreeGate(gateName, label, arguments.Count > 1 ? "or" : null, arguments));
        return new FaultTreeEvent(true, gateName);
    }

    private bool SameComponent(int a, int b) => _components.ComponentOf(a) == _components.ComponentOf(b);

    private string ItemText(int item)
    {
        if (_topology.ItemName(item) is { } name)
        {
            return $"'{name}'";
        }

        var suppliers = Distinct(_topology.SuppliersOf(item)).Select(s => _graph[s].Id);
        return "supply from " + string.Join(" or ", suppliers);
    }

    private static int[] Distinct(ReadOnlySpan<int> suppliers)
    {
        var list = new List<int>(suppliers.Length);
        foreach (var s in suppliers)
        {
            if (!list.Contains(s))
            {
                list.Add(s);
            }
        }

        return [.. list];
    }
}
