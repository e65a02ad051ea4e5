using ChipChain.Rendering.Layout;
using CsCheck;

namespace ChipChain.Rendering.Tests.Layout;

public sealed class CycleBreakingTests
{
    [Fact]
    public void ReversedEdges_random_graphs_leave_no_cycle()
    {
        RandomGraphs.Graphs(12).Sample(supply =>
        {
            var graph = DiagramGraph.From(supply);
            var reversed = CycleBreaking.ReversedEdges(graph);
            var down = Enumerable.Range(0, graph.NodeCount).Select(_ => new List<int>()).ToArray();
            foreach (var edge in graph.Edges)
            {
                var (from, to) = reversed[edge.Index] ? (edge.Target, edge.Source) : (edge.Source, edge.Target);
                down[from].Add(to);
            }

            return IsAcyclic(down);
        }, iter: 300, print: RandomGraphs.Describe);
    }

    [Fact]
    public void ReversedEdges_acyclic_sample_reverses_nothing()
    {
        CycleBreaking.ReversedEdges(DiagramGraph.From(SampleGraphs.AiAccelerators)).Should().NotContain(true);
    }

    private static bool IsAcyclic(List<int>[] down)
    {
        var pending = new int[down.Length];
        foreach (var w in down.SelectMany(d => d))
        {
            pending[w]++;
        }

        var ready = new Queue<int>(Enumerable.Range(0, down.Length).Where(v => pending[v] == 0));
        var seen = 0;
        while (ready.TryDequeue(out var v))
        {
            seen++;
            foreach (var w in down[v])
            {
                if (--pending[w] == 0)
                {
                    ready.Enqueue(w);
                }
            }
        }

        return seen == down.Length;
    }
}
