using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// Betweenness centrality (Brandes 2001) of a directed, unweighted graph given as compressed sparse rows. Normalised
/// as NetworkX does for directed graphs: divided by (n − 1)(n − 2). Runs in O(n·m) time and O(n + m) memory.
/// </summary>
internal static class Betweenness
{
    /// <summary>Computes betweenness on a graph in compressed sparse rows.</summary>
    /// <param name="offsets">Row offsets, length n + 1: node v's successors are <c>targets[offsets[v]..offsets[v+1]]</c>.</param>
    /// <param name="targets">The successor lists.</param>
    /// <param name="normalized">Whether to divide by (n − 1)(n − 2).</param>
    /// <returns>The betweenness of each node.</returns>
    /// <exception cref="ArgumentException"><paramref name="offsets"/> is empty.</exception>
    public static double[] Compute(ReadOnlySpan<int> offsets, ReadOnlySpan<int> targets, bool normalized = true)
    {
        if (offsets.IsEmpty)
        {
            throw new ArgumentException("Offsets need at least one element.", nameof(offsets));
        }

        var n = offsets.Length - 1;
        var centrality = new double[n];
        var sigma = new double[n];
        var distance = new int[n];
        var delta = new double[n];
        var order = new int[n];
        var queue = new int[n];
        for (var s = 0; s < n; s++)
        {
            Array.Fill(distance, -1);
            Array.Clear(sigma);
            Array.Clear(delta);
            sigma[s] = 1;
            distance[s] = 0;
            int head = 0, tail = 0, visited = 0;
            queue[tail++] = s;
            while (head < tail)
            {
                var v = queue[head++];
                order[visited++] = v;
                for (var k = offsets[v]; k < offsets[v + 1]; k++)
                {
                    var w = targets[k];
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }

                    if (distance[w] == distance[v] + 1)
                    {
                        sigma[w] += sigma[v];
                    }
                }
            }

            // Back-propagate dependencies in order of non-increasing distance; predecessors are found again
            // through the successor lists (w is a predecessor's successor one level further) so no lists are kept.
            for (var i = visited - 1; i >= 0; i--)
            {
                var v = order[i];
                for (var k = offsets[v]; k < offsets[v + 1]; k++)
                {
                    var w = targets[k];
                    if (distance[w] == distance[v] + 1)
                    {
                        delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }

                if (v != s)
                {
                    centrality[v] += delta[v];
                }
            }
        }

        if (normalized && n > 2)
        {
            var scale = 1.0 / ((n - 1.0) * (n - 2.0));
            for (var v = 0; v < n; v++)
            {
                centrality[v] *= scale;
            }
        }

        return centrality;
    }

    /// <summary>Betweenness of every node of a supply graph on its supplier → consumer edges (parallel links counted once).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="normalized">Whether to normalise like NetworkX.</param>
    /// <returns>The betweenness of each node index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static double[] Of(SupplyGraph graph, bool normalized = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var (offsets, targets) = Edges(graph);
        return Compute(offsets, targets, normalized);
    }

    /// <summary>The supplier → consumer edges of a graph in compressed sparse rows, parallel links once, each row ascending.</summary>
    internal static (int[] Offsets, int[] Targets) Edges(SupplyGraph graph)
    {
        var t = graph.Topology;
        var offsets = new int[graph.NodeCount + 1];
        var targets = new List<int>(t.EntryCount);
        var seen = new HashSet<int>();
        for (var s = 0; s < graph.NodeCount; s++)
        {
            seen.Clear();
            var uses = t.UsesOf(s);
            var consumers = new List<int>(uses.Length);
            foreach (var e in uses)
            {
                var c = t.ItemOwner[t.EntryItem[e]];
                if (seen.Add(c))
                {
                    consumers.Add(c);
                }
            }

            consumers.Sort();
            targets.AddRange(consumers);
            offsets[s + 1] = targets.Count;
        }

        return (offsets, targets.ToArray());
    }
}
