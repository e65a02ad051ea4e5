using ChipChain.Rendering.Layout;

namespace ChipChain.Rendering.Tests.Layout;

public sealed class LayerOrderingTests
{
    [Theory]
    [InlineData("ai-accelerators")]
    [InlineData("generated-300")]
    [InlineData("synthetic-300")]
    public void Reduce_sample_graphs_returns_the_crossings_a_direct_count_finds(string name)
    {
        var layered = Layered(name);

        var crossings = LayerOrdering.Reduce(layered);

        crossings.Should().Be(NaiveCrossings(layered));
    }

    [Fact]
    public void Reduce_sample_graph_removes_most_crossings_of_the_start_order()
    {
        var layered = Layered("ai-accelerators");
        var before = NaiveCrossings(layered);

        LayerOrdering.Reduce(layered);

        NaiveCrossings(layered).Should().BeLessThan(before / 2);
    }

    [Fact]
    public void Sifting_refine_never_adds_crossings()
    {
        var layered = Layered("synthetic-300");
        var before = NaiveCrossings(layered);

        Sifting.Refine(layered, rounds: 2);

        NaiveCrossings(layered).Should().BeLessThanOrEqualTo(before);
    }

    [Fact]
    public void PairCrossings_counts_both_orders_with_ties_in_neither()
    {
        // Upper vertex's ends at 1 and 3, lower vertex's at 2 and 3: kept, (3,2) crosses; swapped, (1,2) and (1,3) do.
        LayerOrdering.PairCrossings([1, 3], [2, 3]).Should().Be((1L, 2L));
    }

    private static LayeredGraph Layered(string name)
    {
        var graph = DiagramGraph.From(LayoutQualityTests.Load(name));
        var layer = LayerAssignment.Assign(graph, CycleBreaking.ReversedEdges(graph));
        return new LayeredGraph(graph, LabelMetrics.Boxes(graph), layer);
    }

    /// <summary>Every pair of segments between the same two layers whose ends are in opposite orders.</summary>
    private static long NaiveCrossings(LayeredGraph graph)
    {
        var position = new int[graph.VertexCount];
        foreach (var members in graph.Layers)
        {
            for (var i = 0; i < members.Count; i++)
            {
                position[members[i]] = i;
            }
        }

        var total = 0L;
        for (var l = 0; l + 1 < graph.LayerCount; l++)
        {
            var segments = graph.Layers[l].SelectMany(v => graph.Down(v).Select(d => (Top: position[v], Bottom: position[d.Vertex]))).ToList();
            for (var i = 0; i < segments.Count; i++)
            {
                for (var j = i + 1; j < segments.Count; j++)
                {
                    if ((segments[i].Top - segments[j].Top) * (segments[i].Bottom - segments[j].Bottom) < 0)
                    {
                        total++;
                    }
                }
            }
        }

        return total;
    }
}
