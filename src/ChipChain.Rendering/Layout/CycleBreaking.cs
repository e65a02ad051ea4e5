namespace ChipChain.Rendering.Layout;

/// <summary>
/// Makes the drawn graph acyclic by choosing which edges to draw against the layers, with the greedy heuristic of
/// Eades, Lin and Smyth (1993): repeatedly take off sinks (to the end of a node sequence) and sources (to its
/// start), and when neither is left, the node whose out-degree exceeds its in-degree the most. Edges that point
/// backwards in the sequence are reversed; there are at most |E|/2 − |V|/6 of them, usually far fewer. Ties go to
/// the lowest node index, so the result never depends on hashing or timing. O((V + E) log V).
/// </summary>
internal static class CycleBreaking
{
    /// <summary>Per edge of <paramref name="graph"/>, whether it is drawn against the layers.</summary>
    public static bool[] ReversedEdges(DiagramGraph graph)
    {
        var n = graph.NodeCount;
        var outgoing = new List<int>[n];
        var incoming = new List<int>[n];
        for (var v = 0; v < n; v++)
        {
            outgoing[v] = [];
            incoming[v] = [];
        }

        foreach (var edge in graph.Edges)
        {
            if (edge.Source != edge.Target)
            {
                outgoing[edge.Source].Add(edge.Target);
                incoming[edge.Target].Add(edge.Source);
            }
        }

        var rank = Sequence(n, outgoing, incoming);
        var reversed = new bool[graph.Edges.Count];
        foreach (var edge in graph.Edges)
        {
            reversed[edge.Index] = rank[edge.Source] > rank[edge.Target];
        }

        return reversed;
    }

    /// <summary>The position of every node in the Eades–Lin–Smyth sequence.</summary>
    private static int[] Sequence(int n, List<int>[] outgoing, List<int>[] incoming)
    {
        var inDegree = new int[n];
        var outDegree = new int[n];
        var removed = new bool[n];
        var sinks = new PriorityQueue<int, int>();
        var sources = new PriorityQueue<int, int>();

        // Neither sink nor source: ordered by in-degree minus out-degree (smallest first), then by index.
        var others = new SortedSet<(int Delta, int Node)>();
        for (var v = 0; v < n; v++)
        {
            (inDegree[v], outDegree[v]) = (incoming[v].Count, outgoing[v].Count);
            Classify(v);
        }

        var front = new List<int>(n);
        var back = new List<int>(n);
        while (front.Count + back.Count < n)
        {
            if (sinks.TryDequeue(out var sink, out _))
            {
                if (!removed[sink])
                {
                    back.Add(sink);
                    Remove(sink);
                }
            }
            else if (sources.TryDequeue(out var source, out _))
            {
                if (!removed[source])
                {
                    front.Add(source);
                    Remove(source);
                }
            }
            else
            {
                var (_, best) = others.Min;
                front.Add(best);
                Remove(best);
            }
        }

        var rank = new int[n];
        for (var i = 0; i < front.Count; i++)
        {
            rank[front[i]] = i;
        }

        for (var i = 0; i < back.Count; i++)
        {
            rank[back[i]] = n - 1 - i;
        }

        return rank;

        void Remove(int v)
        {
            removed[v] = true;
            others.Remove((inDegree[v] - outDegree[v], v));
            foreach (var w in outgoing[v])
            {
                if (!removed[w])
                {
                    Update(w, lostIncoming: true);
                }
            }

            foreach (var w in incoming[v])
            {
                if (!removed[w])
                {
                    Update(w, lostIncoming: false);
                }
            }
        }

        void Update(int w, bool lostIncoming)
        {
            var wasOther = outDegree[w] > 0 && inDegree[w] > 0;
            if (wasOther)
            {
                others.Remove((inDegree[w] - outDegree[w], w));
            }

            if (lostIncoming)
            {
                inDegree[w]--;
            }
            else
            {
                outDegree[w]--;
            }

            if (wasOther)
            {
                Classify(w);
            }
        }

        // A node enters the sink or source queue once, when it becomes one; a sink wins over a source.
        void Classify(int v)
        {
            if (outDegree[v] == 0)
            {
                sinks.Enqueue(v, v);
            }
            else if (inDegree[v] == 0)
            {
                sources.Enqueue(v, v);
            }
            else
            {
                others.Add((inDegree[v] - outDegree[v], v));
            }
        }
    }
}
