using ChipChain.Analysis;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Bottlenecks;

public class MinimumCutTests
{
    [Fact]
    public void Find_sample_h100_has_a_single_node_cut_the_smallest_id_first()
    {
        var cut = MinimumCut.Find(RepositoryFiles.LoadGraph("ai-accelerators.json"), "nvidia-h100");
        cut.Complete.Should().BeTrue();
        cut.Nodes.Should().Equal("ajinomoto");
    }

    [Fact]
    public void Find_market_of_two_alternatives_needs_both()
    {
        // t needs x (all) and y; y has alternatives a|b; x has alternatives a|b|c: the cut {a, b} is smallest.
        var g = new SupplyGraphBuilder()
            .AddNode(new Node("t")).AddNode(new Node("a")).AddNode(new Node("b")).AddNode(new Node("c"))
            .AddLink(new Link("a", "t") { Item = "y" }).AddLink(new Link("b", "t") { Item = "y" })
            .AddLink(new Link("a", "t") { Item = "x" }).AddLink(new Link("b", "t") { Item = "x" })
            .AddLink(new Link("c", "t") { Item = "x" })
            .Build();
        var cut = MinimumCut.Find(g, "t");
        cut.Nodes.Should().Equal("a", "b");
        cut.Method.Should().Be("search");
    }

    [Fact]
    public void Find_or_only_network_uses_max_flow_on_the_node_split_graph()
    {
        // Two disjoint routes s1 -> m1 -> t and s2 -> m2 -> t, plus a cross link s1 -> m2: cut {m1, m2}.
        var g = new SupplyGraphBuilder()
            .AddNode(new Node("t") { Requires = Requirement.Any })
            .AddNode(new Node("m1") { Requires = Requirement.Any }).AddNode(new Node("m2") { Requires = Requirement.Any })
            .AddNode(new Node("s1")).AddNode(new Node("s2"))
            .AddLink(new Link("m1", "t")).AddLink(new Link("m2", "t"))
            .AddLink(new Link("s1", "m1")).AddLink(new Link("s2", "m2")).AddLink(new Link("s1", "m2"))
            .Build();
        var cut = MinimumCut.Find(g, "t");
        cut.Method.Should().Be("max-flow");
        cut.Nodes.Should().Equal("m1", "m2");
    }

    [Fact]
    public void Find_source_target_has_no_cut()
    {
        var g = new SupplyGraphBuilder().AddNode(new Node("t")).AddNode(new Node("u")).AddLink(new Link("t", "u")).Build();
        MinimumCut.Find(g, "t").Size.Should().Be(0);
    }

    [Fact]
    public void Find_stopped_at_its_limit_reports_an_incomplete_upper_bound()
    {
        // t needs x from a|b|c and y from d|e|f; d, e and f all need z from g|h, so {g, h} is the minimum cut (no
        // single point of failure answers it at once), but two evaluations only try {a} and {b}: the answer is the
        // upper bound {a, b, c}, flagged incomplete.
        var g = ThreeOrThreeOverAPair();
        var cut = MinimumCut.Find(g, "t", maxEvaluations: 2);
        cut.Complete.Should().BeFalse();
        cut.Nodes.Should().Equal("a", "b", "c");
        MinimumCut.Find(g, "t").Nodes.Should().Equal("g", "h");
    }

    [Fact]
    public void Find_stopped_at_its_work_limit_reports_an_incomplete_upper_bound()
    {
        // The same shape, bounded by node visits instead: a budget of one visit stops the search after its first step.
        var cut = MinimumCut.Find(ThreeOrThreeOverAPair(), "t", maxWork: 1);
        cut.Complete.Should().BeFalse();
        cut.Nodes.Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Find_with_a_single_point_of_failure_answers_it_without_searching()
    {
        // g alone stops t: even with no evaluations at all, the cut of one is found and complete.
        var g = new SupplyGraphBuilder()
            .AddNode(new Node("t")).AddNode(new Node("a")).AddNode(new Node("b")).AddNode(new Node("g"))
            .AddLink(new Link("a", "t") { Item = "x" }).AddLink(new Link("b", "t") { Item = "x" })
            .AddLink(new Link("g", "a")).AddLink(new Link("g", "b"))
            .Build();
        var cut = MinimumCut.Find(g, "t", maxEvaluations: 0, maxWork: 0);
        cut.Complete.Should().BeTrue();
        cut.Nodes.Should().Equal("g");
    }

    [Fact]
    public void Find_random_graphs_equals_brute_force_smallest_cut_set()
    {
        RandomGraphs.Graphs(7).Sample(g => Check(g), iter: 600);
    }

    [Fact]
    public void Find_random_or_only_acyclic_graphs_by_max_flow_equals_brute_force()
    {
        RandomGraphs.Graphs(7, orOnlyAcyclic: true).Sample(g =>
        {
            var cut = Check(g);
            if (cut.Size > 0)
            {
                cut.Method.Should().Be("max-flow");
            }
        }, iter: 600);
    }

    private static MinimumCutResult Check(SupplyGraph g)
    {
        var target = 0;
        var cut = MinimumCut.Find(g, g[target].Id);
        cut.Complete.Should().BeTrue();
        var others = Subsets.Candidates(g).Where(v => v != target).ToArray();
        var brute = Subsets.BySizeThenLex(others).FirstOrDefault(s => FailureCascade.Run(g.Topology, s)[target]);
        cut.Nodes.Should().Equal(brute?.Select(v => g[v].Id) ?? []);
        return cut;
    }

    /// <summary>t needs x from a|b|c and y from d|e|f; d, e and f all need z from g|h: the minimum cut is {g, h}.</summary>
    private static SupplyGraph ThreeOrThreeOverAPair()
    {
        var b = new SupplyGraphBuilder().AddNode(new Node("t"));
        foreach (var id in new[] { "a", "b", "c", "d", "e", "f", "g", "h" })
        {
            b.AddNode(new Node(id));
        }

        foreach (var id in new[] { "a", "b", "c" })
        {
            b.AddLink(new Link(id, "t") { Item = "x" });
        }

        foreach (var id in new[] { "d", "e", "f" })
        {
            b.AddLink(new Link(id, "t") { Item = "y" }).AddLink(new Link("g", id) { Item = "z" }).AddLink(new Link("h", id) { Item = "z" });
        }

        return b.Build();
    }
}
