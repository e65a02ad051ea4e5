using ChipChain.Analysis;
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
/// <para>
/// Every walk over the graph uses explicit stacks, so a supply chain of any depth unfolds without recursion. The
/// copies that dense cycles force are bounded: past <see cref="OpenPsaOptions.MaxGates"/> gates (or as many node
/// copies examined), or <see cref="MaxPathSetBytes"/> of path sets, the unfolding stops with an
/// <see cref="AnalysisLimitException"/> before anything is written.
/// </para>
/// </remarks>
internal sealed partial class FaultTreeUnfolding
{
    /// <summary>The most memory the path sets of cycle copies may take: 256 MiB (a cycle of about 64 000 nodes unfolded end to end).</summary>
    public const long MaxPathSetBytes = 256L * 1024 * 1024;

    private readonly SupplyGraph _graph;
    private readonly GraphTopology _topology;
    private readonly StronglyConnectedComponents _components;
    private readonly FaultTreePathSets _sets;
    private readonly Dictionary<(int Node, int Set), FaultTreeEvent?> _memo = [];
    private readonly Dictionary<(int Node, int Set), bool> _never = [];
    private readonly int[] _variants;
    private readonly List<FaultTreeGate> _gates = [];
    private readonly SortedSet<int> _basicEvents = [];
    private readonly int _target;
    private readonly int _maxGates;
    private long _copies;

    private FaultTreeUnfolding(SupplyGraph graph, int target, int maxGates)
    {
        _graph = graph;
        _topology = graph.Topology;
        _components = graph.Components;
        _sets = new FaultTreePathSets(_components, graph.NodeCount);
        _variants = new int[graph.NodeCount];
        _target = target;
        _maxGates = maxGates;
    }

    /// <summary>The gates, top first (each gate before the gates it uses); a gate without arguments is the constant false.</summary>
    public IReadOnlyList<FaultTreeGate> Gates => _gates;

    /// <summary>The nodes whose basic events the tree uses, by index: failure candidates only.</summary>
    public IReadOnlyCollection<int> BasicEvents => _basicEvents;

    /// <summary>Unfolds the tree of <paramref name="target"/>; its top gate is <see cref="OpenPsaNames.NodeGate"/> of the target.</summary>
    /// <exception cref="AnalysisLimitException">The tree needs more than <paramref name="maxGates"/> gates, or its path sets more than <see cref="MaxPathSetBytes"/>.</exception>
    public static FaultTreeUnfolding Of(SupplyGraph graph, int target, int maxGates = OpenPsaOptions.DefaultMaxGates)
    {
        var unfolding = new FaultTreeUnfolding(graph, target, maxGates);
        var top = unfolding.Node(target);
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

    /// <summary>
    /// "Node <paramref name="root"/> unavailable" (with no path above it), or <see langword="null"/> when it never is.
    /// A depth-first walk with an explicit stack that makes each gate after the gates it uses, in the order a
    /// recursion over items and their suppliers would.
    /// </summary>
    private FaultTreeEvent? Node(int root)
    {
        var stack = new Stack<NodeFrame>();
        stack.Push(OpenNode(root, 0));
        FaultTreeEvent? returned = null;
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            if (returned is { } value)
            {
                frame.Current![frame.Supplier++] = value;
                returned = null;
            }

            if (Advance(frame) is { } child)
            {
                stack.Push(OpenNode(child.Node, child.Set));
                continue;
            }

            stack.Pop();
            var result = Gate(frame.V, frame.Set, frame.Candidate, frame.Built);
            _memo.Add((frame.V, frame.Set), result);

            // A node a consumer reaches is never "never unavailable" (checked first), so it has an event.
            returned = result;
        }

        return _memo[(root, 0)];
    }

    /// <summary>Fills <paramref name="frame"/>'s items from known gates; returns the first supplier still to unfold, if any.</summary>
    private (int Node, int Set)? Advance(NodeFrame frame)
    {
        while (frame.Item < frame.Items.Count)
        {
            var suppliers = frame.Items[frame.Item].Suppliers;
            if (frame.Current is null)
            {
                // A supplier that is never unavailable keeps the item supplied: the item's AND is false. Checked
                // before any supplier's gate is made, so that the tree holds no gate or event it does not use.
                if (suppliers.Any(s => Never(s.Node, s.Set)))
                {
                    frame.Item++;
                    continue;
                }

                frame.Current = new FaultTreeEvent[suppliers.Length];
                frame.Supplier = 0;
            }

            if (frame.Supplier < suppliers.Length)
            {
                var s = suppliers[frame.Supplier];
                if (!_memo.TryGetValue(s, out var known))
                {
                    return s;
                }

                frame.Current[frame.Supplier++] = known!.Value;
                continue;
            }

            frame.Built.Add((frame.Items[frame.Item].Item - _topology.ItemsOf(frame.V).Start.Value + 1, frame.Current));
            frame.Current = null;
            frame.Item++;
        }

        return null;
    }

    private NodeFrame OpenNode(int v, int set)
    {
        // Only a failure candidate has a basic event; a structure node is a gate over its items alone.
        var candidate = _topology.IsCandidate(v);
        if (candidate)
        {
            _basicEvents.Add(v);
        }

        Charge();
        return new NodeFrame(v, set, candidate, LiveItems(v, set));
    }

    /// <summary>Whether node <paramref name="root"/> can never be unavailable with path set <paramref name="rootSet"/>: a structure node none of whose items can be lost.</summary>
    private bool Never(int root, int rootSet)
    {
        if (_topology.IsCandidate(root))
        {
            return false;
        }

        if (_never.TryGetValue((root, rootSet), out var known))
        {
            return known;
        }

        // All items have Any supplier that is never unavailable, short-circuiting in order, with an explicit stack.
        var stack = new Stack<NeverFrame>();
        stack.Push(OpenNever(root, rootSet));
        bool? returned = null;
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            if (returned is { } answer)
            {
                frame.Settle(answer);
                returned = null;
            }

            (int Node, int Set)? child = null;
            while (child is null && frame.Item < frame.Items.Count && frame.Supplier < frame.Items[frame.Item].Suppliers.Length)
            {
                var s = frame.Items[frame.Item].Suppliers[frame.Supplier];
                if (_topology.IsCandidate(s.Node))
                {
                    frame.Settle(false);
                }
                else if (_never.TryGetValue(s, out var never))
                {
                    frame.Settle(never);
                }
                else
                {
                    child = s;
                }
            }

            if (child is { } next)
            {
                stack.Push(OpenNever(next.Node, next.Set));
                continue;
            }

            stack.Pop();
            returned = frame.Item == frame.Items.Count;
            _never.Add((frame.V, frame.Set), returned.Value);
        }

        return _never[(root, rootSet)];
    }

    private NeverFrame OpenNever(int v, int set)
    {
        Charge();
        return new NeverFrame(v, set, LiveItems(v, set));
    }

    /// <summary>
    /// The items of <paramref name="v"/> that can be lost on this path, each with its distinct suppliers and the path
    /// set each supplier may not use again (the cycle rule in the remarks).
    /// </summary>
    private List<(int Item, (int Node, int Set)[] Suppliers)> LiveItems(int v, int set)
    {
        var cyclic = _components.IsCyclic(_components.ComponentOf(v));
        var inside = cyclic ? _sets.With(set, v) : 0;
        if (_sets.Words * sizeof(ulong) > MaxPathSetBytes)
        {
            throw new AnalysisLimitException(
                $"openpsa: the fault tree of '{_graph[_target].Id}' runs through a cycle too long to unfold (its path sets need more than {MaxPathSetBytes / (1024 * 1024)} MiB; see docs/limits.md); export a target with a smaller supply chain");
        }

        var result = new List<(int, (int, int)[])>();
        var range = _topology.ItemsOf(v);
        for (var item = range.Start.Value; item < range.End.Value; item++)
        {
            var suppliers = Distinct(_topology.SuppliersOf(item));
            if (cyclic && suppliers.Any(s => SameComponent(v, s) && _sets.Contains(inside, s)))
            {
                // A supplier already on the path cannot be down for this node's sake: the item never fails here.
                continue;
            }

            result.Add((item, [.. suppliers.Select(s => (s, SameComponent(v, s) ? inside : 0))]));
        }

        return result;
    }

    /// <summary>Counts one more node copy examined, and stops the unfolding past the gate limit.</summary>
    private void Charge()
    {
        if (++_copies > _maxGates)
        {
            Refuse();
        }
    }

    /// <summary>Stops the unfolding at the gate limit.</summary>
    private void Refuse() => throw new AnalysisLimitException(
        $"openpsa: the fault tree of '{_graph[_target].Id}' needs more than {_maxGates:N0} gates (cycles are unfolded into one copy per path; see docs/limits.md); export a target with a smaller supply chain, or raise --max-gates");

    private bool SameComponent(int a, int b) => _components.ComponentOf(a) == _components.ComponentOf(b);
}
