using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis;

public sealed partial class DependenciesTests
{
    [Fact]
    public void Upstream_sample_h100_reaches_the_asml_euv_line_at_tier_three_through_euv_tools()
    {
        var tree = Dependencies.Upstream(SampleGraphs.AiAccelerators, "nvidia-h100");

        var euvLine = tree.Entries.Single(e => e.Id == "asml-euv-line");
        euvLine.Tier.Should().Be(3);
        euvLine.Via.Should().Be("euv-tools");
        euvLine.Path.Should().Equal("asml-euv-line", "euv-tools", "tsmc-leading-edge", "nvidia-h100");
        var asml = tree.Entries.Single(e => e.Id == "asml");
        (asml.Tier, asml.Via).Should().Be((3, "process-control-tools"), "ASML's metrology reaches the fab line directly");
        var zeiss = tree.Entries.Single(e => e.Id == "carl-zeiss-smt");
        (zeiss.Tier, zeiss.Via, zeiss.Item).Should().Be((5, "zeiss-euv-optics", null));
        tree.Tier(1).Select(e => e.Id).Should().Contain(["nvidia", "tsmc-leading-edge", "tsmc-cowos", "sk-hynix-hbm"]);
        tree.Entries.Should().NotContain(e => e.Id == "nvidia-h100");
        tree.Direction.Should().Be(DependencyDirection.Upstream);
    }

    [Fact]
    public void Downstream_sample_asml_reaches_h100_at_tier_three_and_every_tsmc_product()
    {
        var graph = SampleGraphs.AiAccelerators;

        var tree = Dependencies.Downstream(graph, "asml");

        var h100 = tree.Entries.Single(e => e.Id == "nvidia-h100");
        h100.Tier.Should().Be(3);
        h100.Path.Should().HaveCount(4).And.StartWith("asml").And.EndWith("nvidia-h100");
        h100.Via.Should().Be(h100.Path[^2]);
        tree.Entries.Select(e => e.Id).Should().Contain(SampleGraphs.TsmcProducts);
    }

    [Fact]
    public void Upstream_depth_limit_keeps_only_the_first_tiers()
    {
        var graph = SampleGraphs.AiAccelerators;

        var two = Dependencies.Upstream(graph, "nvidia-h100", 2);
        var all = Dependencies.Upstream(graph, "nvidia-h100");

        two.Entries.Should().BeEquivalentTo(all.Entries.Where(e => e.Tier <= 2), o => o.WithStrictOrdering());
        two.Entries.Should().NotContain(e => e.Id == "asml");
        two.MaxDepth.Should().Be(2);
        Dependencies.Upstream(graph, "nvidia-h100", 0).Entries.Should().BeEmpty();
    }

    [Fact]
    public void Upstream_cycle_lists_every_node_once_at_its_shortest_distance_and_never_the_root()
    {
        // t <- a <- b <- c <- a (a cycle a, b, c), and c also feeds t directly.
        var graph = new GraphSketch().Link("a", "t", "x").Link("b", "a", "y").Link("c", "b", "z").Link("a", "c", "w").Link("c", "t", "v").Build();

        var tree = Dependencies.Upstream(graph, "t");

        tree.Entries.Select(e => $"{e.Tier}:{e.Id}:{e.Via}:{e.Item}:{string.Join(">", e.Path)}")
            .Should().Equal("1:a:t:x:a>t", "1:c:t:v:c>t", "2:b:a:y:b>a>t");
        tree.TierCount.Should().Be(2);
    }

    [Fact]
    public void Downstream_cycle_through_the_root_does_not_list_the_root()
    {
        var graph = new GraphSketch().Link("a", "b").Link("b", "c").Link("c", "a").Link("c", "t").Build();

        var tree = Dependencies.Downstream(graph, "a");

        tree.Entries.Select(e => $"{e.Tier}:{e.Id}:{string.Join(">", e.Path)}").Should().Equal("1:b:a>b", "2:c:a>b>c", "3:t:a>b>c>t");
        tree.Entries.Should().OnlyContain(e => e.Item == null);
    }

    [Fact]
    public void Compute_unknown_id_or_negative_depth_throws()
    {
        var graph = SampleGraphs.Minimal;

        ((Action)(() => Dependencies.Upstream(graph, "nope"))).Should().Throw<UnknownNodeException>();
        ((Action)(() => Dependencies.Downstream(graph, graph[0].Id, -1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Reach_depth_limits_the_tiers_and_without_limit_equals_the_upstream_mask()
    {
        var graph = SampleGraphs.AiAccelerators;
        var t = graph.Topology;
        var h100 = graph.IndexOf("nvidia-h100");
        var within3 = Dependencies.Reach(t, h100, DependencyDirection.Upstream, 3);
        within3[graph.IndexOf("asml")].Should().BeTrue();
        within3[graph.IndexOf("carl-zeiss-smt")].Should().BeFalse("Zeiss is four steps up");
        Dependencies.Reach(t, h100, DependencyDirection.Upstream).Should().Equal(Upstream.Mask(t, h100));
        Dependencies.Reach(t, graph.IndexOf("asml"), DependencyDirection.Downstream, 3)[h100].Should().BeTrue();
    }
}
