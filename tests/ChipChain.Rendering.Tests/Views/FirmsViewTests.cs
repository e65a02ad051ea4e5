using ChipChain.Model;
using ChipChain.Rendering.Styling;
using CsCheck;

namespace ChipChain.Rendering.Tests.Views;

public sealed class FirmsViewTests
{
    private static string Arrow(DiagramEdge e) =>
        $"{e.SupplierId}>{e.ConsumerId}: {EdgeLabelText.For(e, EdgeLabelMode.Share)}";

    [Fact]
    public void From_firms_minimal_collapses_the_litho_market_and_labels_items_and_shares()
    {
        var d = DiagramGraph.From(SampleGraphs.Minimal, DiagramFocus.None, DiagramView.Firms);

        d.Nodes.Select(n => n.Id).Should().NotContain("litho-tools").And.HaveCount(9);
        d.Edges.Select(Arrow).Should().BeEquivalentTo(
        [
            "designer-a>widget-chip: chip-design 100%",
            "fab-x>widget-chip: wafer-fabrication 100%",
            "osat-a>widget-chip: packaging 70%",
            "osat-b>widget-chip: packaging 30%",
            "eda-a>designer-a: 100%",
            "litho-a>fab-x: Lithography tools 60%",
            "litho-b>fab-x: Lithography tools",
            "wafer-a>fab-x: silicon-wafers 100%",
        ]);
    }

    [Fact]
    public void From_firms_chip_connects_sand_to_the_chip_through_both_process_chains()
    {
        var d = DiagramGraph.From(ViewGraphs.Chip(), DiagramFocus.None, DiagramView.Firms);

        d.Nodes.Select(n => n.Id).Should().BeEquivalentTo(["chip", "fab", "fab2", "toolmaker", "sand", "other", "bystander"]);
        var sand = d.Edges.Single(e => e.SupplierId == "sand");
        sand.ConsumerId.Should().Be("chip");
        sand.LinkIndices.Should().HaveCount(2, "the arrow stands for the path through step and the one through detour");
        EdgeLabelText.For(sand, EdgeLabelMode.Item).Should().Be("detour, step", "a link without item is named by the structure it enters");
        d.Edges.Where(e => e.SupplierId == "toolmaker").Select(e => e.ConsumerId).Should().BeEquivalentTo(["fab", "fab2"]);
    }

    [Fact]
    public void From_firms_keeps_a_structure_target_and_sample_firms_connect_to_firms()
    {
        var chip = DiagramGraph.From(ViewGraphs.Chip(), DiagramFocus.None, DiagramView.Firms with { Target = "step2" });
        var sample = DiagramGraph.From(SampleGraphs.AiAccelerators, DiagramFocus.None, DiagramView.Firms);

        chip.Contains("step2").Should().BeTrue();
        chip.Edges.Should().Contain(e => e.SupplierId == "sand" && e.ConsumerId == "step2");
        sample.Nodes.Should().OnlyContain(n => n.IsFailureCandidate);
        // ASML's scanners reach the H100 through its product lines, the tool markets and TSMC's fab lines, all structure.
        sample.Edges.Should().Contain(e => e.SupplierId == "asml" && e.ConsumerId == "nvidia-h100");
        sample.Edges.Should().Contain(e => e.SupplierId == "tsmc" && e.ConsumerId == "nvidia-h100");
    }

    [Fact]
    public void From_firms_random_graphs_draws_exactly_the_paths_through_structure()
    {
        var gen = from g in RandomGraphs.Graphs(9)
                  from t in Gen.Int[-1, g.NodeCount - 1]
                  select (Graph: g, Target: t < 0 ? (int?)null : t);
        gen.Sample(c =>
        {
            var (nodes, arrows) = ViewOracle.Firms(c.Graph, c.Target);
            var view = DiagramView.Firms with { Target = c.Target is { } t ? c.Graph[t].Id : null };
            var d = DiagramGraph.From(c.Graph, DiagramFocus.None, view);

            d.Nodes.Select(n => n.Id).Should().BeEquivalentTo(nodes, RandomGraphs.Describe(c.Graph));
            d.Edges.SelectMany(e => e.LinkIndices.Select(l => (e.SupplierId, e.ConsumerId, l))).Should().BeEquivalentTo(arrows, RandomGraphs.Describe(c.Graph));
        }, iter: 300);
    }
}
