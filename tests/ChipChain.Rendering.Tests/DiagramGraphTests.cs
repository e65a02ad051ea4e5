using ChipChain.Model;
using ChipChain.Rendering.Styling;
using ChipChain.Rendering.Tests.Support;
using CsCheck;

namespace ChipChain.Rendering.Tests;

public sealed class DiagramGraphTests
{
    [Fact]
    public void From_upstream_of_keeps_the_node_and_its_suppliers()
    {
        var d = DiagramGraph.From(SampleGraphs.Minimal, new DiagramFocus { UpstreamOf = "fab-x" });

        d.Nodes.Select(n => n.Id).Should().BeEquivalentTo(["fab-x", "litho-tools", "litho-a", "litho-b", "wafer-a"]);
        d.Edges.Should().HaveCount(4);
    }

    [Fact]
    public void From_upstream_of_with_depth_stops_after_that_many_steps()
    {
        var d = DiagramGraph.From(SampleGraphs.Minimal, new DiagramFocus { UpstreamOf = "widget-chip", Depth = 1 });

        d.Nodes.Select(n => n.Id).Should().BeEquivalentTo(["widget-chip", "designer-a", "fab-x", "osat-a", "osat-b"]);
    }

    [Fact]
    public void From_downstream_kinds_and_countries_intersect_and_keep_the_focus_node()
    {
        var down = DiagramGraph.From(SampleGraphs.Minimal, new DiagramFocus { DownstreamOf = "litho-a" });
        var kinds = DiagramGraph.From(SampleGraphs.Minimal, new DiagramFocus { DownstreamOf = "litho-a", Kinds = ["foundry", "product"] });
        var countries = DiagramGraph.From(SampleGraphs.Minimal, new DiagramFocus { Countries = ["jp", "NL"] });

        down.Nodes.Select(n => n.Id).Should().BeEquivalentTo(["litho-a", "litho-tools", "fab-x", "widget-chip"]);
        kinds.Nodes.Select(n => n.Id).Should().BeEquivalentTo(["litho-a", "fab-x", "widget-chip"]);
        countries.Nodes.Select(n => n.Id).Should().BeEquivalentTo(["litho-a", "litho-b", "wafer-a"]);
        countries.Edges.Should().BeEmpty();
    }

    [Fact]
    public void From_merges_links_between_the_same_pair()
    {
        var d = DiagramGraph.From(SampleGraphs.AiAccelerators);
        var synopsysNvidia = d.Edges.Single(e => e.SupplierId == "synopsys" && e.ConsumerId == "nvidia");

        synopsysNvidia.Items.Should().Equal("eda-implementation", "eda-signoff");
        synopsysNvidia.LinkIndices.Should().HaveCount(2);
        d.Edges.Sum(e => e.LinkIndices.Count).Should().Be(SampleGraphs.AiAccelerators.Links.Count);
    }

    [Fact]
    public void From_unknown_focus_node_throws()
    {
        var act = () => DiagramGraph.From(SampleGraphs.Minimal, new DiagramFocus { UpstreamOf = "nope" });

        act.Should().Throw<UnknownNodeException>();
    }

    [Fact]
    public void Safe_identifiers_are_one_to_one()
    {
        Gen.String[Gen.Char["a-_ Z0"], 0, 6].Select(Gen.String[Gen.Char["a-_ Z0"], 0, 6]).Sample(
            (a, b) => a == b || Identifiers.Safe(a) != Identifiers.Safe(b), iter: 2000);
    }
}
