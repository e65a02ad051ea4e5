using ChipChain.Model;
using ChipChain.Rendering.Layout;
using ChipChain.Rendering.Tests.Support;
using CsCheck;

namespace ChipChain.Rendering.Tests.Layout;

public sealed class LayeredLayoutTests
{
    [Theory]
    [InlineData("ai-accelerators")]
    [InlineData("generated-300")]
    public void Compute_sample_graphs_boxes_apart_and_routes_on_their_ends(string name)
    {
        var graph = DiagramGraph.From(LayoutQualityTests.Load(name));
        var layout = LayeredLayout.Compute(graph);

        layout.Boxes.Should().HaveCount(graph.NodeCount);
        layout.Routes.Should().HaveCount(graph.Edges.Count);
        Geometry.Problems(graph, layout).Should().BeEmpty();
    }

    [Fact]
    public void Compute_random_graphs_with_cycles_boxes_apart_and_routes_on_their_ends()
    {
        RandomGraphs.Graphs(12).Sample(supply =>
        {
            var graph = DiagramGraph.From(supply);
            var problems = Geometry.Problems(graph, LayeredLayout.Compute(graph)).ToList();
            return problems.Count == 0;
        }, iter: 300, print: RandomGraphs.Describe);
    }

    [Fact]
    public void Compute_runs_left_to_right_from_suppliers_to_consumers()
    {
        var graph = DiagramGraph.From(SampleGraphs.Minimal);
        var layout = LayeredLayout.Compute(graph);
        var x = layout.Boxes.ToDictionary(b => b.NodeId, b => b.X);

        x["wafer-a"].Should().BeLessThan(x["fab-x"]);
        x["fab-x"].Should().BeLessThan(x["widget-chip"]);
        x["litho-a"].Should().BeLessThan(x["litho-tools"]);
    }

    [Fact]
    public void Compute_cycle_keeps_arrows_from_supplier_to_consumer()
    {
        // Equipment makers buy chips too: amec -> smic -> amec is a cycle, so one of its edges runs against the layers.
        var supply = new SupplyGraphBuilder()
            .AddNode(new Node("amec")).AddNode(new Node("smic")).AddNode(new Node("chip"))
            .AddLink(new Link("amec", "smic")).AddLink(new Link("smic", "amec")).AddLink(new Link("smic", "chip"))
            .Build();
        var graph = DiagramGraph.From(supply);
        var layout = LayeredLayout.Compute(graph);
        var cycle = graph.Edges.Where(e => (e.SupplierId, e.ConsumerId) is ("amec", "smic") or ("smic", "amec")).ToList();

        cycle.Should().HaveCount(2);
        foreach (var edge in cycle)
        {
            Geometry.OnBorder(layout.Boxes[graph.PositionOf(edge.SupplierId)], layout.Routes[edge.Index].Start).Should().BeTrue();
            Geometry.OnBorder(layout.Boxes[graph.PositionOf(edge.ConsumerId)], layout.Routes[edge.Index].End).Should().BeTrue();
        }

        cycle.Count(e => layout.Routes[e.Index].End.X < layout.Routes[e.Index].Start.X).Should().BeGreaterThan(0);
    }

    [Fact]
    public void Compute_twice_gives_identical_layouts()
    {
        var first = LayeredLayout.Compute(DiagramGraph.From(LayeredGraphGenerator.Generate(300)));
        var second = LayeredLayout.Compute(DiagramGraph.From(LayeredGraphGenerator.Generate(300)));

        second.Boxes.Should().Equal(first.Boxes, (a, b) => a.X == b.X && a.Y == b.Y && a.Width == b.Width && a.Height == b.Height);
        second.Routes.Select(r => r.Points).Should().BeEquivalentTo(first.Routes.Select(r => r.Points), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Compute_labels_fit_their_boxes()
    {
        var graph = DiagramGraph.From(SampleGraphs.AiAccelerators);
        foreach (var box in LayeredLayout.Compute(graph).Boxes)
        {
            box.Lines.Max(l => LabelMetrics.TextWidth(l)).Should().BeLessThan(box.Width - 10);
            string.Join(" ", box.Lines).Should().Be(graph.Nodes.Single(n => n.Id == box.NodeId).DisplayName);
        }
    }
}
