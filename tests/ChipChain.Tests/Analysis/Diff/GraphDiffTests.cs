using ChipChain.Analysis;
using ChipChain.Analysis.Diff;
using ChipChain.Import;
using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Analysis.Diff;

public sealed partial class GraphDiffTests
{
    // p needs x (from a) and y (from c); d feeds c. The new graph adds b as a second source of x, drops d, renames c,
    // moves a to BB, makes e a foundry and restates c's share.
    private static SupplyGraph Old() => new GraphSketch()
        .Product("p").Node("a", "AA").Node("c", "AA").Node("d", "AA").Node("e", "AA")
        .Link("a", "p", "x").Link("c", "p", "y").Link("d", "c", "z").Link("e", "c", "w")
        .Build();

    private static SupplyGraph New()
    {
        var builder = new SupplyGraphBuilder();
        builder.AddNode(new Node("p") { Kind = NodeKinds.Product });
        builder.AddNode(new Node("a") { Country = "BB" });
        builder.AddNode(new Node("b") { Country = "CC" });
        builder.AddNode(new Node("c") { Country = "AA", Name = "Sea" });
        builder.AddNode(new Node("e") { Country = "AA", Kind = NodeKinds.Foundry });
        builder.AddLink(new Link("a", "p") { Item = "x", Share = 0.5 });
        builder.AddLink(new Link("b", "p") { Item = "x", Share = 0.5 });
        builder.AddLink(new Link("c", "p") { Item = "y" });
        builder.AddLink(new Link("e", "c") { Item = "w" });
        return builder.Build();
    }

    [Fact]
    public void Compare_hand_graphs_structure_lists_every_change()
    {
        var s = GraphDiff.Compare(Old(), New());

        s.NodesAdded.Should().Equal("b");
        s.NodesRemoved.Should().Equal("d");
        s.Renamed.Should().Equal(new NodeChange<string?>("c", null, "Sea"));
        s.Rekinded.Should().Equal(new NodeChange<string?>("e", null, NodeKinds.Foundry));
        s.MovedCountry.Should().Equal(new NodeChange<string?>("a", "AA", "BB"));
        s.LinksAdded.Select(l => (l.Supplier, l.Consumer, l.Item, l.ShareBefore)).Should().Equal(("b", "p", (string?)"x", (double?)null));
        s.LinksRemoved.Select(l => (l.Supplier, l.Consumer, l.Item, l.ShareAfter)).Should().Equal(("d", "c", (string?)"z", (double?)null));
        s.SharesChanged.Should().Equal(new LinkChange("a", "p", "x", 1, 0.5));
    }

    [Fact]
    public void Compare_hand_graphs_answers_are_the_gains_and_losses_of_each_analysis()
    {
        var t = GraphDiff.Compare(Old(), New()).Targets.Should().ContainSingle().Subject;

        // Old: a, c, d, e each stop p alone. New: c and e still do; a and b only together.
        t.Target.Should().Be("p");
        t.SpofAdded.Should().BeEmpty();
        t.SpofRemoved.Should().Equal("a", "d");
        t.SpofKept.Should().Equal("c", "e");
        t.CutSetsAdded.Should().ContainSingle().Which.Should().Equal("a", "b");
        t.CutSetsRemoved.Should().BeEmpty();
        t.Exposure.Select(e => (e.Id, e.Before, e.After)).Should().Equal(("d", 1.0, (double?)null), ("a", 1.0, 0.5), ("b", null, 0.5));
        t.OnlyBefore.Should().Equal("d");
        t.OnlyAfter.Should().Equal("b");

        // x at p: one supplier in AA (HHI 10 000, one country) becomes two halves in BB and CC (5 000, two countries).
        var x = t.Concentration.Single(c => c.Item == "x");
        x.Should().Be(new ConcentrationChange("x", "p", 10000, 5000, 1, 2));
        t.Concentration.Single(c => c.Item == "z").HhiAfter.Should().BeNull();
        t.Concentration.Single(c => c.Item == "z").CountriesTo75After.Should().BeNull();
    }

    [Fact]
    public void Compare_share_tolerance_hides_smaller_moves()
    {
        GraphDiff.Compare(Old(), New(), new GraphDiffOptions { ShareTolerance = 0.5 }).SharesChanged.Should().BeEmpty();
        GraphDiff.Compare(Old(), New(), new GraphDiffOptions { ShareTolerance = 0.49 }).SharesChanged.Should().ContainSingle();
    }

    [Fact]
    public void Compare_target_in_one_graph_only_has_every_answer_on_one_side()
    {
        var diff = GraphDiff.Compare(Old(), New(), new GraphDiffOptions { Targets = ["d"] });

        var t = diff.Targets.Should().ContainSingle().Subject;
        t.SpofRemoved.Should().BeEmpty("d is a source: nothing but itself stops it");
        t.OnlyBefore.Should().Equal("d");
        var reverse = GraphDiff.Compare(New(), Old(), new GraphDiffOptions { Targets = ["c"] }).Targets[0];
        reverse.SpofAdded.Should().Equal("d");
        reverse.SpofKept.Should().Equal("e");
        reverse.OnlyAfter.Should().Equal("d");
    }

    [Fact]
    public void Compare_unknown_target_or_negative_tolerance_throws()
    {
        var unknown = () => GraphDiff.Compare(Old(), New(), new GraphDiffOptions { Targets = ["nowhere"] });
        var negative = () => GraphDiff.Compare(Old(), New(), new GraphDiffOptions { ShareTolerance = -1 });

        unknown.Should().Throw<UnknownNodeException>().Which.NodeId.Should().Be("nowhere");
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Compare_sample_with_a_second_euv_scanner_maker_takes_the_euv_chain_out_of_h100_spofs()
    {
        var sample = SampleGraphs.AiAccelerators;
        var edited = Edit(sample, [new Node("canon-euv-line") { Kind = NodeKinds.Process, Country = "JP" }], [
            new Link("canon", "canon-euv-line"),
            new Link("canon-euv-line", "euv-tools") { Share = 0.3 },
            new Link("asml-euv-line", "euv-tools") { Share = 0.7 },
        ]);

        var t = GraphDiff.Compare(sample, edited, new GraphDiffOptions { Targets = ["nvidia-h100"] }).Targets[0];

        // EUV scanners were ASML's alone, and ASML's EUV line alone needs Zeiss EUV optics, the TRUMPF laser and the
        // Cymer EUV source. With a second EUV maker none of them stops the H100 alone: ArF immersion already had
        // Nikon, KrF Canon and Nikon. TSMC, SK hynix (sole HBM3), Nvidia and Ajinomoto (ABF film) stay.
        t.SpofRemoved.Should().Equal("asml", "carl-zeiss-smt", "cymer", "trumpf");
        t.SpofAdded.Should().BeEmpty();
        t.SpofKept.Should().Equal("ajinomoto", "nvidia", "sk-hynix", "tsmc");
        t.CutSetsAdded.Should().ContainEquivalentOf(new[] { "asml", "canon" }).And.ContainEquivalentOf(new[] { "canon", "trumpf" });
        t.OnlyAfter.Should().Equal(["canon-euv-line"], "the new line buys from Canon, a chokepoint the old graph did not have");
        var euv = t.Concentration.Single(c => c.Item == "euv-tools");
        (euv.HhiBefore, euv.HhiAfter, euv.CountriesTo75Before, euv.CountriesTo75After).Should().Be((10000.0, 5800.0, 1, 2));
        t.Exposure.Single(e => e.Id == "trumpf").After.Should().BeApproximately(0.7, 1e-9);
    }

    [Fact]
    public void Compare_sample_without_the_h100_hbm3_link_drops_sk_hynix_from_its_spofs()
    {
        var sample = SampleGraphs.AiAccelerators;
        var withoutSkHynix = Drop(sample, "sk-hynix-hbm", "nvidia-h100");

        var diff = GraphDiff.Compare(sample, withoutSkHynix, new GraphDiffOptions { Targets = ["nvidia-h100"] });

        diff.LinksRemoved.Select(l => (l.Supplier, l.Consumer, l.Item)).Should().Equal(("sk-hynix-hbm", "nvidia-h100", (string?)"hbm3"));
        diff.Targets[0].SpofRemoved.Should().Equal("sk-hynix");
        diff.Targets[0].Exposure.Select(e => e.Id).Should().Contain(["sk-hynix", "hanmi"]);
    }

    [Fact]
    public void Compare_eto_2022_fixture_with_the_release_keeps_asml_and_adds_the_release_spofs()
    {
        var fixture = EtoImport.Run(ChipChain.Tests.Import.EtoDataset.Fixture2022).Graph;
        var release = RepositoryFiles.LoadGraph("eto-semiconductors.json");

        var diff = GraphDiff.Compare(fixture, release, new GraphDiffOptions { Targets = ["N99"] });

        // The fixture's EUV tools come from ASML (P88) alone, as in the release; Canon's 0.1 % and "various
        // companies" of ArF dry are rows the release does not have, and ASML's share of ArF dry moves from 57 % to 94 %.
        var t = diff.Targets[0];
        t.SpofKept.Should().Equal("P88");
        t.SpofRemoved.Should().BeEmpty();
        t.SpofAdded.Should().Equal(SinglePointsOfFailure.Of(release, "N99").Where(id => id != "P88"));
        t.OnlyAfter.Should().Contain(t.SpofAdded);
        diff.NodesRemoved.Should().BeEmpty();
        diff.LinksRemoved.Select(l => (l.Supplier, l.Consumer, l.Item)).Should().Contain([("P159", "N21", (string?)"N21"), ("P370", "N21", (string?)"N21")]);
        diff.SharesChanged.Single(c => c.Supplier == "P88").ShareAfter.Should().BeGreaterThan(0.9);
    }

    /// <summary>The graph with extra nodes and links.</summary>
    private static SupplyGraph Edit(SupplyGraph graph, Node[] nodes, Link[] links)
    {
        var builder = new SupplyGraphBuilder();
        foreach (var n in graph.Nodes.Concat(nodes))
        {
            builder.AddNode(n);
        }

        foreach (var l in graph.Links)
        {
            builder.AddLink(links.FirstOrDefault(x => x.Supplier == l.Supplier && x.Consumer == l.Consumer) ?? l);
        }

        foreach (var l in links.Where(x => !graph.Links.Any(l => l.Supplier == x.Supplier && l.Consumer == x.Consumer)))
        {
            builder.AddLink(l);
        }

        return builder.Build();
    }

    /// <summary>The graph without the links from <paramref name="supplier"/> to <paramref name="consumer"/>.</summary>
    private static SupplyGraph Drop(SupplyGraph graph, string supplier, string consumer)
    {
        var builder = new SupplyGraphBuilder();
        foreach (var n in graph.Nodes)
        {
            builder.AddNode(n);
        }

        foreach (var l in graph.Links.Where(l => l.Supplier != supplier || l.Consumer != consumer))
        {
            builder.AddLink(l);
        }

        return builder.Build();
    }

    [Fact]
    public void CompareTo_structure_only_has_no_targets_and_reports_structure_changes()
    {
        var diff = Old().CompareTo(New(), compareAnswers: false);

        diff.Targets.Should().BeEmpty();
        diff.StructureIsEmpty.Should().BeFalse();
        diff.IsEmpty.Should().BeFalse();
        Old().CompareTo(Old(), compareAnswers: false).StructureIsEmpty.Should().BeTrue();
    }
}
