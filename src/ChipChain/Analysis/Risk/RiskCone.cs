using ChipChain.Model;

namespace ChipChain.Analysis.Risk;

/// <summary>
/// The part of the graph a target's risk depends on: its upstream cone (every node that reaches it through supply
/// links, the target included), renumbered densely, with the cone's failure candidates in a depth-first order from
/// the target (the variable order of the decision diagram: nodes that feed the same consumer stay close, which keeps
/// the diagram small) and their probabilities. Every supplier of a cone node is in the cone, so the cascade confined
/// to it is the whole graph's cascade seen from the target.
/// </summary>
internal sealed class RiskCone
{
    private RiskCone(SupplyGraph graph, int target, int[] nodes, int[] localOf, int[] candidates, double[] probability)
    {
        Graph = graph;
        Target = target;
        Nodes = nodes;
        LocalOf = localOf;
        Candidates = candidates;
        Probability = probability;
        VariableOf = new int[nodes.Length];
        Array.Fill(VariableOf, -1);
        for (var v = 0; v < candidates.Length; v++)
        {
            VariableOf[candidates[v]] = v;
        }

        var topology = graph.Topology;
        var itemStart = new List<int> { 0 };
        var entryStart = new List<int> { 0 };
        var supplier = new List<int>();
        var owner = new List<int>();
        foreach (var node in nodes)
        {
            var items = topology.ItemsOf(node);
            for (var item = items.Start.Value; item < items.End.Value; item++)
            {
                foreach (var s in topology.SuppliersOf(item))
                {
                    supplier.Add(localOf[s]);
                }

                owner.Add(localOf[node]);
                entryStart.Add(supplier.Count);
            }

            itemStart.Add(owner.Count);
        }

        ItemStart = [.. itemStart];
        EntryStart = [.. entryStart];
        EntrySupplier = [.. supplier];
        ItemOwner = [.. owner];
        (UsesStart, UsesItem) = Uses(nodes.Length, EntryStart, EntrySupplier);
    }

    /// <summary>The graph.</summary>
    public SupplyGraph Graph { get; }

    /// <summary>The target's index in the graph.</summary>
    public int Target { get; }

    /// <summary>The target's local index (always 0: the walk starts there).</summary>
    public int LocalTarget => 0;

    /// <summary>The cone's nodes by local index: graph indices, the target first.</summary>
    public int[] Nodes { get; }

    /// <summary>Per graph index, the local index, or -1 outside the cone.</summary>
    public int[] LocalOf { get; }

    /// <summary>The cone's failure candidates by variable: local indices in depth-first order from the target.</summary>
    public int[] Candidates { get; }

    /// <summary>Per variable, the candidate's failure probability.</summary>
    public double[] Probability { get; }

    /// <summary>Per local node, its variable, or -1 for a structure node.</summary>
    public int[] VariableOf { get; }

    /// <summary>Local item rows per local node (length nodes + 1).</summary>
    public int[] ItemStart { get; }

    /// <summary>Local entry rows per local item (length items + 1).</summary>
    public int[] EntryStart { get; }

    /// <summary>The local supplier of each local entry.</summary>
    public int[] EntrySupplier { get; }

    /// <summary>The local consumer of each local item.</summary>
    public int[] ItemOwner { get; }

    /// <summary>Rows per local node into <see cref="UsesItem"/>.</summary>
    public int[] UsesStart { get; }

    /// <summary>The local items each local node supplies, once per entry (a supplier named twice in an item counts twice).</summary>
    public int[] UsesItem { get; }

    /// <summary>The number of local items.</summary>
    public int ItemCount => ItemOwner.Length;

    /// <summary>The cone of <paramref name="target"/> with each candidate's probability from <paramref name="probabilities"/>.</summary>
    public static RiskCone Of(SupplyGraph graph, int target, RiskProbabilities probabilities)
    {
        var topology = graph.Topology;
        var nodes = Upstream.Of(topology, target).ToArray();
        var localOf = new int[graph.NodeCount];
        Array.Fill(localOf, -1);
        for (var i = 0; i < nodes.Length; i++)
        {
            localOf[nodes[i]] = i;
        }

        var candidates = new List<int>();
        var visited = new bool[nodes.Length];
        var stack = new Stack<int>();
        stack.Push(target);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (visited[localOf[node]])
            {
                continue;
            }

            visited[localOf[node]] = true;
            if (topology.IsCandidate(node))
            {
                candidates.Add(localOf[node]);
            }

            // Pushed in reverse so the first supplier of the first item is visited first.
            var items = topology.ItemsOf(node);
            for (var item = items.End.Value - 1; item >= items.Start.Value; item--)
            {
                var suppliers = topology.SuppliersOf(item);
                for (var k = suppliers.Length - 1; k >= 0; k--)
                {
                    if (!visited[localOf[suppliers[k]]])
                    {
                        stack.Push(suppliers[k]);
                    }
                }
            }
        }

        var probability = candidates.Select(c => probabilities.For(graph[nodes[c]])).ToArray();
        return new RiskCone(graph, target, nodes, localOf, [.. candidates], probability);
    }

    /// <summary>The id of variable <paramref name="variable"/>'s node.</summary>
    public string IdOf(int variable) => Graph[Nodes[Candidates[variable]]].Id;

    private static (int[] Start, int[] Item) Uses(int nodeCount, int[] entryStart, int[] entrySupplier)
    {
        var start = new int[nodeCount + 1];
        foreach (var s in entrySupplier)
        {
            start[s + 1]++;
        }

        for (var i = 0; i < nodeCount; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = start[..^1].ToArray();
        var item = new int[entrySupplier.Length];
        for (var it = 0; it + 1 < entryStart.Length; it++)
        {
            for (var e = entryStart[it]; e < entryStart[it + 1]; e++)
            {
                item[fill[entrySupplier[e]]++] = it;
            }
        }

        return (start, item);
    }
}
