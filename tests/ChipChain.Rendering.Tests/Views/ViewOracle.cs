using ChipChain.Analysis;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;

namespace ChipChain.Rendering.Tests.Views;

/// <summary>
/// The views' definitions computed the slow way: failures by the brute-force cascade over every candidate and pair,
/// distances by Floyd–Warshall, reachability through structure by Warshall's closure. Only the chokepoint ranking is
/// taken from the library (it is the definition of "top chokepoints").
/// </summary>
internal static class ViewOracle
{
    private const int Far = int.MaxValue / 4;

    public static (HashSet<string> Nodes, HashSet<int> Links) Critical(SupplyGraph graph, int target, int chokepoints)
    {
        var n = graph.NodeCount;
        var keys = new HashSet<int> { target };
        var spofs = Enumerable.Range(0, n).Where(i => i != target && graph[i].IsFailureCandidate && FailureCascade.Run(graph.Topology, [i])[target]).ToHashSet();
        keys.UnionWith(spofs);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (i != target && j != target && graph[i].IsFailureCandidate && graph[j].IsFailureCandidate
                    && !spofs.Contains(i) && !spofs.Contains(j) && FailureCascade.Run(graph.Topology, [i, j])[target])
                {
                    keys.UnionWith([i, j]);
                }
            }
        }

        var rows = chokepoints == 0 ? [] : new BottleneckAnalysis(graph).ChokepointsOf(target, chokepoints);
        foreach (var row in rows.Select(c => c.Row))
        {
            keys.Add(graph.IndexOf(row.TopSupplier.Id));
            if (row.IsMarket)
            {
                keys.UnionWith(row.Consumers.Select(graph.IndexOf));
            }
        }

        var d = Distances(graph);
        var nodes = Enumerable.Range(0, n).Where(v => keys.Any(k => d[k, target] < Far && d[k, v] + d[v, target] == d[k, target])).ToHashSet();
        var links = Enumerable.Range(0, graph.LinkCount).Where(l =>
        {
            var (u, v) = (graph.SupplierIndex(l), graph.ConsumerIndex(l));
            return keys.Any(k => d[k, target] < Far && d[k, u] + 1 + d[v, target] == d[k, target]);
        }).ToHashSet();
        foreach (var row in rows.Select(c => c.Row))
        {
            links.UnionWith(Enumerable.Range(0, graph.LinkCount).Where(l =>
                graph.Links[l].Supplier == row.TopSupplier.Id && row.Consumers.Contains(graph.Links[l].Consumer) && nodes.Contains(graph.ConsumerIndex(l))));
        }

        return (nodes.Select(v => graph[v].Id).ToHashSet(), links);
    }

    /// <summary>The firms view: (supplier, consumer, first link) of every collapsed arrow, and the kept nodes.</summary>
    public static (HashSet<string> Nodes, HashSet<(string, string, int)> Arrows) Firms(SupplyGraph graph, int? target)
    {
        var n = graph.NodeCount;
        var kept = Enumerable.Range(0, n).Select(v => graph[v].IsFailureCandidate || v == target).ToArray();
        var reach = new bool[n, n];
        for (var l = 0; l < graph.LinkCount; l++)
        {
            reach[graph.SupplierIndex(l), graph.ConsumerIndex(l)] = true;
        }

        // Warshall with only dropped nodes as intermediates: a path whose inside is all structure.
        for (var k = 0; k < n; k++)
        {
            if (kept[k])
            {
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    reach[i, j] |= reach[i, k] && reach[k, j];
                }
            }
        }

        var arrows = new HashSet<(string, string, int)>();
        for (var l = 0; l < graph.LinkCount; l++)
        {
            var (f, x) = (graph.SupplierIndex(l), graph.ConsumerIndex(l));
            if (!kept[f])
            {
                continue;
            }

            for (var g = 0; g < n; g++)
            {
                if (kept[g] && g != f && (x == g || (!kept[x] && reach[x, g])))
                {
                    arrows.Add((graph[f].Id, graph[g].Id, l));
                }
            }

            if (x == f && kept[x])
            {
                arrows.Add((graph[f].Id, graph[f].Id, l));
            }
        }

        return (Enumerable.Range(0, n).Where(v => kept[v]).Select(v => graph[v].Id).ToHashSet(), arrows);
    }

    private static int[,] Distances(SupplyGraph graph)
    {
        var n = graph.NodeCount;
        var d = new int[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                d[i, j] = i == j ? 0 : Far;
            }
        }

        for (var l = 0; l < graph.LinkCount; l++)
        {
            var (u, v) = (graph.SupplierIndex(l), graph.ConsumerIndex(l));
            d[u, v] = Math.Min(d[u, v], 1);
        }

        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    d[i, j] = Math.Min(d[i, j], d[i, k] + d[k, j]);
                }
            }
        }

        return d;
    }
}
