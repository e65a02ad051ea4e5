using System.Xml.Linq;
using ChipChain.Rendering.Dot;
using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Layout;
using ChipChain.Rendering.Mermaid;
using ChipChain.Rendering.Styling;
using ChipChain.Rendering.Svg;
using ChipChain.Rendering.Tests.Views;

namespace ChipChain.Rendering.Tests.Svg;

public sealed class SvgLabelsAndLegendTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    private static readonly DiagramOptions Cutsets = new() { Highlights = DiagramHighlighter.Compute(SampleGraphs.Minimal, "widget-chip", HighlightMode.CutSets) };

    private static List<string> Legend(XDocument svg) =>
        svg.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "legend").Elements(Ns + "text").Select(t => t.Value).ToList();

    [Fact]
    public void Write_legend_lists_only_the_fills_still_shown_and_says_highlights_paint_over_them()
    {
        // Every designer, foundry, OSAT, equipment, materials and EDA box of the minimal graph is red or orange.
        var legend = Legend(SvgDiagramWriterTests.Render(SampleGraphs.Minimal, Cutsets));

        legend.Should().Equal("fill: kind (unless highlighted):", "product", "input", "single point of failure of widget-chip", "in an order-2 cut set of widget-chip", "widget-chip (bold border)");
        Legend(SvgDiagramWriterTests.Render(SampleGraphs.Minimal))[0].Should().Be("fill: kind:");
    }

    [Fact]
    public void Write_firms_view_labels_each_link_with_item_and_share_on_its_curve()
    {
        var d = DiagramGraph.From(SampleGraphs.Minimal, DiagramFocus.None, DiagramView.Firms);
        var layout = LayeredLayout.Compute(d, EdgeLabelMode.Share);
        var svg = XDocument.Parse(SvgDiagramWriter.Write(d, layout, new DiagramOptions { Labels = EdgeLabelMode.Share }));
        var labels = svg.Descendants(Ns + "text").Where(t => (string?)t.Attribute("class") == "link-label").ToList();

        labels.Select(t => t.Value).Should().Contain(["Lithography tools 60%", "packaging 70%", "100%"]).And.HaveCount(d.Edges.Count);
        foreach (var edge in d.Edges)
        {
            var at = layout.Routes[edge.Index].LabelAt!.Value;
            var left = layout.Boxes[edge.Source].Right;
            var right = layout.Boxes[edge.Target].X;
            at.X.Should().BeInRange(left, right, "the label sits between the boxes it joins");
        }
    }

    [Fact]
    public void Write_without_labels_draws_none_and_lays_out_as_before()
    {
        var d = DiagramGraph.From(SampleGraphs.Minimal, DiagramFocus.None, DiagramView.Firms);

        SvgDiagramWriter.Write(d, LayeredLayout.Compute(d), DiagramOptions.Default).Should().NotContain("link-label");
        LayeredLayout.Compute(d, EdgeLabelMode.None).Routes.Should().OnlyContain(r => r.LabelAt == null);
    }

    [Fact]
    public void Write_critical_view_draws_structure_small_and_says_so_in_the_legend()
    {
        var d = DiagramGraph.From(ViewGraphs.Chip(), DiagramFocus.None, DiagramView.Critical("chip") with { ChokepointCount = 0 });
        var layout = LayeredLayout.Compute(d);
        var svg = XDocument.Parse(SvgDiagramWriter.Write(d, layout, DiagramOptions.Default));
        var small = SvgDiagramWriterTests.NodeGroups(svg).Where(g => g.Elements(Ns + "text").Any(t => (string?)t.Attribute("font-size") == "9")).Select(g => (string)g.Attribute("data-id")!);

        small.Should().BeEquivalentTo(["tools", "step", "step2"]);
        layout.Boxes.Single(b => b.NodeId == "step").Height.Should().BeLessThan(layout.Boxes.Single(b => b.NodeId == "sand").Height);
        Legend(svg).Should().Contain("small box: structure on a path");
    }

    [Fact]
    public void Write_dot_and_mermaid_carry_the_same_link_labels()
    {
        var d = DiagramGraph.From(SampleGraphs.Minimal, DiagramFocus.None, DiagramView.Firms);
        var options = new DiagramOptions { Labels = EdgeLabelMode.Share };

        DotWriter.Write(d, options).Should().Contain("\"litho-a\" -> \"fab-x\" [tooltip=\"Lithography tools\", label=\"Lithography tools 60%\", fontsize=9];");
        MermaidWriter.Write(d, options).Should().Contain("  n_litho__a -->|\"Lithography tools 60%\"| n_fab__x\n");
        MermaidWriter.Write(d, options with { Labels = EdgeLabelMode.Item }).Should().Contain("  n_osat__a -->|\"packaging\"| n_widget__chip\n");
        DotWriter.Write(d, DiagramOptions.Default).Should().NotContain("label=\"Lithography");
    }
}
