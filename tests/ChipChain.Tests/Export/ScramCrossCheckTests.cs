using ChipChain.Analysis;
using ChipChain.Export;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Export;

/// <summary>
/// Cross-check with SCRAM, an independent Open-PSA fault-tree tool (Debian package <c>scram</c>): its minimal cut sets
/// of the exported tree must equal those of the failure cascade over failure candidates (structure nodes are gates,
/// never events). Skipped when <c>scram</c> is not on the PATH.
/// </summary>
public sealed class ScramCrossCheckTests
{
    private const string SkipMessage = "SCRAM is not on the PATH: install it (apt-get install scram) to cross-check the Open-PSA export";

    [SkippableFact]
    public void Scram_mocus_on_sample_h100_tree_finds_candidate_cut_sets_order_two()
    {
        var scram = Scram.Find();
        Skip.If(scram is null, SkipMessage);
        var graph = SampleGraphs.AiAccelerators;

        var products = Products(scram!, OpenPsaWriter.ToXml(graph, "nvidia-h100"), 2);

        // SCRAM lists {nvidia-h100} itself (the target failing on its own); MinimalCutSets leaves it out.
        products.Should().BeEquivalentTo(CandidateCutSets.BruteForce(graph, "nvidia-h100", 2));
        products.Should().BeEquivalentTo(CandidateCutSets.FromMinimalCutSets(graph, "nvidia-h100", 2));
        products.Should().Contain(["agc+hoya", "asml", "tsmc", "nvidia-h100"]).And.NotContain("nikon").And.NotContain("euv-tools", "a market is a gate");
    }

    [SkippableFact]
    public void Scram_mocus_on_sample_ascend_tree_finds_MinimalCutSets_order_three()
    {
        var scram = Scram.Find();
        Skip.If(scram is null, SkipMessage);
        var graph = SampleGraphs.AiAccelerators;
        var xml = OpenPsaWriter.ToXml(graph, "huawei-ascend-910b");

        var products = Products(scram!, xml, 3);

        products.Should().BeEquivalentTo(CandidateCutSets.BruteForce(graph, "huawei-ascend-910b", 3));
        products.Should().BeEquivalentTo(MinimalCutSets.Compute(graph, "huawei-ascend-910b", 3).CutSets.Select(s => string.Join("+", s)).Append("huawei-ascend-910b"));
    }

    [SkippableFact]
    public void Scram_mocus_on_random_cyclic_graphs_finds_candidate_cut_sets_order_three()
    {
        var scram = Scram.Find();
        Skip.If(scram is null, SkipMessage);

        RandomGraphs.Graphs(8).Sample(graph =>
        {
            var id = graph[graph.NodeCount - 1].Id;
            var products = Products(scram!, OpenPsaWriter.ToXml(graph, id), 3);

            products.Should().BeEquivalentTo(CandidateCutSets.BruteForce(graph, id, 3));
        }, iter: 10, threads: 1, print: RandomGraphs.Describe);
    }

    [SkippableFact]
    public void Scram_mocus_on_structure_target_that_cannot_be_unavailable_accepts_the_constant_false()
    {
        var scram = Scram.Find();
        Skip.If(scram is null, SkipMessage);
        var graph = new GraphSketch().Node("m", any: true, kind: NodeKinds.Input).Link("m", "t", "w").Link("a", "t", "w").Link("c", "t", "v").Build();

        Products(scram!, OpenPsaWriter.ToXml(graph, "m"), 2).Should().BeEmpty();
        Products(scram!, OpenPsaWriter.ToXml(graph, "t"), 2).Should().BeEquivalentTo("c", "t");
    }

    /// <summary>Runs <c>scram --mocus --limit-order K</c> and returns its products as node ids joined by '+', each sorted.</summary>
    private static List<string> Products(string scram, string xml, int order)
    {
        var nodeOf = FaultTreeFormula.Parse(xml).NodeOfEvent;
        return Scram.Run(scram, xml, "--mocus", "--limit-order", order.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Descendants("product")
            .Select(p => string.Join("+", p.Elements("basic-event").Select(e => nodeOf[e.Attribute("name")!.Value]).Order(StringComparer.Ordinal)))
            .ToList();
    }
}
