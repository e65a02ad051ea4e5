using ChipChain.Rendering.Layout;
using ChipChain.Rendering.Tests.Support;

namespace ChipChain.Rendering.Tests.Layout;

public sealed class GraphvizLayoutTests
{
    [SkippableFact]
    public void Compute_sample_positions_and_splines_from_dot_json()
    {
        Skip.IfNot(GraphvizLayout.IsAvailable(), "Graphviz 'dot' is not on the PATH (apt-get install graphviz)");

        var graph = DiagramGraph.From(SampleGraphs.AiAccelerators);
        var layout = GraphvizLayout.Compute(graph);

        layout.Engine.Should().Be(LayoutEngine.Graphviz);
        layout.Boxes.Should().HaveCount(graph.NodeCount);
        Geometry.Problems(graph, layout).Should().BeEmpty();
        layout.Boxes.Should().OnlyContain(b => b.X >= -1 && b.Right <= layout.Width + 1 && b.Y >= -1 && b.Bottom <= layout.Height + 1);
    }

    [Fact]
    public void LayoutInput_uses_the_same_fixed_box_sizes()
    {
        var graph = DiagramGraph.From(SampleGraphs.Minimal);
        var boxes = LabelMetrics.Boxes(graph);
        var dot = GraphvizLayout.LayoutInput(graph, boxes);

        dot.Should().Contain("rankdir=LR").And.Contain("fixedsize=true");
        dot.Should().Contain(FormattableString.Invariant($"n0 [width={boxes[0].Width / 72:0.####}, height={boxes[0].Height / 72:0.####}]"));
        dot.Split("->").Length.Should().Be(graph.Edges.Count + 1);
    }
}
