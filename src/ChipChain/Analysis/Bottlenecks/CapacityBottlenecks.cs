using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// Capacity bottlenecks: for each item whose supply carries capacities (node <c>capacity</c> in one <c>unit</c>,
/// or link <c>capacity</c>), the maximum flow that can reach the consumer and the binding (minimum) cut. The supply
/// network is the item's suppliers, expanded through <c>requires: any</c> market nodes to their own suppliers;
/// a node's capacity limits what passes through it. Items where some path has no capacity at all (unbounded), or
/// whose capacities mix units, are left out.
/// </summary>
internal static class CapacityBottlenecks
{
    /// <summary>Computes the capacity bottleneck of every capacitated item.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The bottlenecks, by consumer id then item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static IReadOnlyList<CapacityBottleneck> Compute(SupplyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var t = graph.Topology;
        var result = new List<CapacityBottleneck>();
        for (var c = 0; c < graph.NodeCount; c++)
        {
            for (var item = t.ItemStart[c]; item < t.ItemStart[c + 1]; item++)
            {
                if (ForItem(graph, c, item) is { } bottleneck)
                {
                    result.Add(bottleneck);
                }
            }
        }

        return result
            .OrderBy(b => b.Consumer, StringComparer.Ordinal)
            .ThenBy(b => b.Item, StringComparer.Ordinal)
            .ToList();
    }

    private static CapacityBottleneck? ForItem(SupplyGraph graph, int consumer, int rootItem)
    {
        var t = graph.Topology;

        // Collect the network: supplier entries, expanding market suppliers once each.
        var vertex = new Dictionary<int, int> { [consumer] = 0 };
        var entries = new List<int>();
        var expanded = new HashSet<int> { consumer };
        var pending = new Queue<int>();
        pending.Enqueue(rootItem);
        while (pending.Count > 0)
        {
            var item = pending.Dequeue();
            for (var e = t.EntryStart[item]; e < t.EntryStart[item + 1]; e++)
            {
                entries.Add(e);
                var s = t.EntrySupplier[e];
                vertex.TryAdd(s, vertex.Count);
                if (graph[s].Requires == Requirement.Any && expanded.Add(s))
                {
                    for (var i = t.ItemStart[s]; i < t.ItemStart[s + 1]; i++)
                    {
                        pending.Enqueue(i);
                    }
                }
            }
        }

        var nodes = vertex.Keys.Where(v => v != consumer).ToList();
        var units = nodes.Where(v => graph[v].Capacity is not null).Select(v => graph[v].Unit).Distinct().ToList();
        var anyCapacity = units.Count > 0 || entries.Any(e => graph.Links[t.EntryLink[e]].Capacity is not null);
        if (!anyCapacity || units.Count > 1)
        {
            return null;
        }

        // Vertex layout: consumer = sink (0..), every other node v split into in = 2k, out = 2k + 1; super-source last.
        int In(int v) => v == consumer ? 0 : 2 * vertex[v];
        int Out(int v) => (2 * vertex[v]) + 1;
        var superSource = 2 * vertex.Count;
        var edges = new List<FlowEdge>();
        var limits = new List<CapacityLimit?>();
        foreach (var v in nodes)
        {
            edges.Add(new FlowEdge(In(v), Out(v), graph[v].Capacity ?? double.PositiveInfinity));
            limits.Add(graph[v].Capacity is { } cap ? new CapacityLimit(graph[v].Id, null, cap) : null);
            if (!expanded.Contains(v) || t.ItemStart[v] == t.ItemStart[v + 1])
            {
                edges.Add(new FlowEdge(superSource, In(v), double.PositiveInfinity));
                limits.Add(null);
            }
        }

        foreach (var e in entries)
        {
            var link = graph.Links[t.EntryLink[e]];
            var s = t.EntrySupplier[e];
            var to = t.ItemOwner[t.EntryItem[e]];
            edges.Add(new FlowEdge(Out(s), In(to), link.Capacity ?? double.PositiveInfinity));
            limits.Add(link.Capacity is { } cap ? new CapacityLimit(graph[s].Id, graph[to].Id, cap) : null);
        }

        var flow = MaximumFlow.Compute(superSource + 1, edges, superSource, 0);
        if (flow.IsUnbounded)
        {
            return null;
        }

        var binding = flow.CutEdges
            .Select(i => limits[i])
            .OfType<CapacityLimit>()
            .OrderBy(l => l.Node, StringComparer.Ordinal)
            .ThenBy(l => l.Consumer ?? string.Empty, StringComparer.Ordinal)
            .ToList();
        var name = graph[consumer].Requires == Requirement.Any ? graph[consumer].Id : t.ItemName(rootItem) ?? $"(from {graph[t.SuppliersOf(rootItem)[0]].Id})";
        return new CapacityBottleneck(graph[consumer].Id, name, units.FirstOrDefault(), flow.Value, binding);
    }
}
