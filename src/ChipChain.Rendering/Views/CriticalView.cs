using ChipChain.Analysis;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;

namespace ChipChain.Rendering.Views;

/// <summary>
/// The critical view of a target: the key nodes (the target, its single points of failure, the members of its
/// order-2 minimal cut sets, the top supplier of each of its top chokepoints and a market row's market node), every
/// node on a shortest supply path from a key node to the target; the links of those paths and each chokepoint's
/// links from its top supplier into the row's drawn consumers. Structure is drawn small. The key nodes come from the
/// library's analyses; only the paths are computed here.
/// </summary>
internal static class CriticalView
{
    public static ViewSelection Select(SupplyGraph graph, int target, int chokepointCount)
    {
        var (keys, chokepoints) = KeyNodes(graph, target, chokepointCount);
        var (outStart, outLinks) = LinkRows.Build(graph, downstream: true);
        var (inStart, inLinks) = LinkRows.Build(graph, downstream: false);
        var toTarget = Distances(graph, target, inStart, inLinks, downstream: false, limit: int.MaxValue, toTarget: null);
        var keep = new bool[graph.NodeCount];
        var onPath = new bool[graph.LinkCount];
        keep[target] = true;
        foreach (var k in keys)
        {
            var length = toTarget[k];
            if (length < 0)
            {
                continue;
            }

            // Only nodes that can still be on a shortest path are explored: distance from k plus distance to the target
            // no more than the path's length.
            var fromKey = Distances(graph, k, outStart, outLinks, downstream: true, length, toTarget);
            for (var v = 0; v < graph.NodeCount; v++)
            {
                if (fromKey[v] < 0 || fromKey[v] + toTarget[v] != length)
                {
                    continue;
                }

                keep[v] = true;
                for (var e = outStart[v]; e < outStart[v + 1]; e++)
                {
                    var l = outLinks[e];
                    var w = graph.ConsumerIndex(l);
                    if (toTarget[w] >= 0 && fromKey[v] + 1 + toTarget[w] == length)
                    {
                        onPath[l] = true;
                    }
                }
            }
        }

        // The chokepoint itself: its top supplier's links into the row's consumers that are drawn, which a shorter
        // path elsewhere may have bypassed (ASML reaches the chip sooner through metrology tools than through EUV).
        foreach (var (supplier, consumers) in chokepoints)
        {
            for (var e = outStart[supplier]; e < outStart[supplier + 1]; e++)
            {
                var l = outLinks[e];
                if (consumers.Contains(graph.ConsumerIndex(l)) && keep[graph.ConsumerIndex(l)])
                {
                    onPath[l] = true;
                }
            }
        }

        var small = new bool[graph.NodeCount];
        for (var v = 0; v < small.Length; v++)
        {
            small[v] = keep[v] && v != target && ViewSelection.IsStructure(graph[v]);
        }

        var parts = new List<EdgePart>();
        for (var l = 0; l < onPath.Length; l++)
        {
            if (onPath[l])
            {
                parts.Add(new EdgePart(graph.SupplierIndex(l), graph.ConsumerIndex(l), l, -1));
            }
        }

        return new ViewSelection(keep, small, parts);
    }

    /// <summary>
    /// The key nodes, sorted: target, single points of failure, order-2 cut-set members, chokepoint suppliers and
    /// markets; and each chokepoint's top supplier with the row's consumers.
    /// </summary>
    internal static (SortedSet<int> Keys, List<(int Supplier, HashSet<int> Consumers)> Chokepoints) KeyNodes(SupplyGraph graph, int target, int chokepointCount)
    {
        var id = graph[target].Id;
        var keys = new SortedSet<int> { target };
        foreach (var spof in SinglePointsOfFailure.Of(graph, id))
        {
            keys.Add(graph.IndexOf(spof));
        }

        foreach (var set in MinimalCutSets.Compute(graph, target, 2).CutSets.Where(s => s.Count == 2))
        {
            keys.UnionWith(set.Select(graph.IndexOf));
        }

        var chokepoints = new List<(int, HashSet<int>)>();
        if (chokepointCount > 0)
        {
            foreach (var chokepoint in new BottleneckAnalysis(graph).ChokepointsOf(target, chokepointCount))
            {
                var supplier = graph.IndexOf(chokepoint.Row.TopSupplier.Id);
                keys.Add(supplier);
                var consumers = chokepoint.Row.Consumers.Select(graph.IndexOf).ToHashSet();
                chokepoints.Add((supplier, consumers));
                if (chokepoint.Row.IsMarket)
                {
                    // A market's row is the market node's inbound links: the node is the chokepoint's item.
                    keys.UnionWith(consumers);
                }
            }
        }

        return (keys, chokepoints);
    }

    /// <summary>Breadth-first distances in links from <paramref name="source"/> (-1: not reached), pruned by <paramref name="toTarget"/> when given.</summary>
    private static int[] Distances(SupplyGraph graph, int source, int[] start, int[] links, bool downstream, int limit, int[]? toTarget)
    {
        var distance = new int[graph.NodeCount];
        Array.Fill(distance, -1);
        distance[source] = 0;
        var queue = new Queue<int>();
        queue.Enqueue(source);
        while (queue.TryDequeue(out var v))
        {
            for (var e = start[v]; e < start[v + 1]; e++)
            {
                var w = downstream ? graph.ConsumerIndex(links[e]) : graph.SupplierIndex(links[e]);
                if (distance[w] >= 0 || (toTarget is not null && (toTarget[w] < 0 || distance[v] + 1 + toTarget[w] > limit)))
                {
                    continue;
                }

                distance[w] = distance[v] + 1;
                queue.Enqueue(w);
            }
        }

        return distance;
    }
}
