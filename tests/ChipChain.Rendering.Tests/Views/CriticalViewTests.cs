using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;
using ChipChain.Rendering.Styling;
using CsCheck;

namespace ChipChain.Rendering.Tests.Views;

public sealed class CriticalViewTests
{
    private static DiagramGraph Critical(SupplyGraph graph, string target, int chokepoints = 0) =>
        DiagramGraph.From(graph, DiagramFocus.None, DiagramView.Critical(target) with { ChokepointCount = chokepoints });

    [Fact]
    public void From_critical_keeps_keys_and_their_shortest_paths_only()
    {
        var d = Critical(ViewGraphs.Chip(), "chip");

        // toolmaker and sand are single points of failure, fab + fab2 an order-2 cut set; sand's shortest path runs
        // through step and step2 (3 links), not the 4-link detour; bystander and other do not feed the chip.
        d.Nodes.Select(n => n.Id).Should().BeEquivalentTo(["chip", "fab", "fab2", "tools", "toolmaker", "sand", "step", "step2"]);
        d.Edges.Select(e => $"{e.SupplierId}>{e.ConsumerId}").Should().BeEquivalentTo(
            ["fab>chip", "fab2>chip", "tools>fab", "tools>fab2", "toolmaker>tools", "sand>step", "step>step2", "step2>chip"]);
    }

    [Fact]
    public void From_critical_draws_structure_small_and_the_rest_full_size()
    {
        var d = Critical(ViewGraphs.Chip(), "chip");

        d.Nodes.Where(n => d.IsSmall(n.Id)).Select(n => n.Id).Should().BeEquivalentTo(["tools", "step", "step2"]);
        d.IsSmall("chip").Should().BeFalse("the target is drawn full size");
        d.IsSmall("detour").Should().BeFalse("a node not drawn is not small");
    }

    [Fact]
    public void From_critical_of_a_small_target_keeps_only_what_stops_it()
    {
        var d = Critical(ViewGraphs.Chip(), "other");

        d.Nodes.Select(n => n.Id).Should().Equal("other", "bystander");
        Critical(ViewGraphs.Chip(), "toolmaker").Nodes.Select(n => n.Id).Should().Equal("toolmaker");
    }

    [Fact]
    public void From_critical_sample_h100_shows_top_chokepoint_suppliers_with_their_market_links()
    {
        var graph = SampleGraphs.AiAccelerators;
        var d = Critical(graph, "nvidia-h100", DiagramView.DefaultChokepointCount);
        var top = new BottleneckAnalysis(graph).ChokepointsOf(graph.IndexOf("nvidia-h100"), DiagramView.DefaultChokepointCount);

        d.Nodes.Select(n => n.Id).Should().Contain(["ajinomoto", "tokyo-electron", "coater-developer-tools", "asml", "nvidia-h100"]);
        d.Nodes.Select(n => n.Id).Should().Contain(top.Select(c => c.Row.TopSupplier.Id));
        d.Edges.Should().Contain(e => e.SupplierId == "tokyo-electron" && e.ConsumerId == "coater-developer-tools", "a chokepoint's own link is drawn");
        d.NodeCount.Should().BeLessThan(DiagramGraph.From(graph, new DiagramFocus { UpstreamOf = "nvidia-h100" }).NodeCount);
    }

    [Fact]
    public void From_critical_without_target_or_with_unknown_target_throws()
    {
        var none = () => DiagramGraph.From(ViewGraphs.Chip(), DiagramFocus.None, new DiagramView { Kind = DiagramViewKind.Critical });
        var unknown = () => Critical(ViewGraphs.Chip(), "nope");

        none.Should().Throw<ArgumentException>().WithMessage("The critical view needs a target.*");
        unknown.Should().Throw<UnknownNodeException>();
    }

    [Fact]
    public void From_critical_random_graphs_keeps_exactly_the_nodes_on_shortest_paths_from_the_keys()
    {
        var gen = from g in RandomGraphs.Graphs(9)
                  from t in Gen.Int[0, g.NodeCount - 1]
                  from count in Gen.Int[0, 3]
                  select (Graph: g, Target: t, Count: count);
        gen.Sample(c =>
        {
            var (nodes, links) = ViewOracle.Critical(c.Graph, c.Target, c.Count);
            var d = Critical(c.Graph, c.Graph[c.Target].Id, c.Count);

            d.Nodes.Select(n => n.Id).Should().BeEquivalentTo(nodes, RandomGraphs.Describe(c.Graph));
            d.Edges.SelectMany(e => e.LinkIndices).Should().BeEquivalentTo(links, RandomGraphs.Describe(c.Graph));
            d.Nodes.Where(n => d.IsSmall(n.Id)).Should().BeEquivalentTo(d.Nodes.Where(n => !n.IsFailureCandidate && n.Id != c.Graph[c.Target].Id));
        }, iter: 300);
    }

    [Fact]
    public void Render_critical_view_twice_gives_the_same_bytes()
    {
        var graph = SampleGraphs.AiAccelerators;
        string Once() => DiagramRenderer.Render(Critical(graph, "nvidia-h100", 10), DiagramFormat.Svg, new DiagramOptions { Labels = EdgeLabelMode.Share }).Text;

        Once().Should().Be(Once());
    }
}
