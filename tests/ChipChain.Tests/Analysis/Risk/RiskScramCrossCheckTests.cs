using System.Globalization;
using System.Xml.Linq;
using ChipChain.Analysis.Risk;
using ChipChain.Export;
using ChipChain.Model;
using ChipChain.Tests.Export;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Risk;

/// <summary>
/// The exact risk against SCRAM (an independent Open-PSA tool) on the exported fault tree: top-event probability,
/// MIF (Birnbaum), RAW and RRW. Skipped when <c>scram</c> is not on the PATH.
/// </summary>
public sealed class RiskScramCrossCheckTests
{
    private const string SkipMessage = "SCRAM is not on the PATH: install it (apt-get install scram) to cross-check the risk against it";

    [SkippableFact]
    public void Compute_sample_h100_equals_scram_probability_and_importance()
    {
        var scram = Scram.Find();
        Skip.If(scram is null, SkipMessage);

        Check(scram!, SampleGraphs.AiAccelerators, "nvidia-h100", 0.05);
    }

    [SkippableFact]
    public void Compute_random_acyclic_graphs_equals_scram_probability_and_importance()
    {
        var scram = Scram.Find();
        Skip.If(scram is null, SkipMessage);

        // OR-only acyclic graphs plus the general random ones that happen to have no cycle.
        RandomGraphs.Graphs(8, orOnlyAcyclic: true).Sample(graph => Check(scram!, graph, graph[0].Id, 0.2), iter: 8, threads: 1, print: RandomGraphs.Describe);
        RandomGraphs.Graphs(8).Where(g => g.Components.Count == g.NodeCount).Sample(graph => Check(scram!, graph, graph[graph.NodeCount - 1].Id, 0.3), iter: 8, threads: 1, print: RandomGraphs.Describe);
    }

    private static void Check(string scram, SupplyGraph graph, string target, double p)
    {
        var ours = RiskAnalysis.Compute(graph, target, new RiskProbabilities { DefaultProbability = p }, new RiskOptions { Method = RiskMethod.Exact });
        var xml = OpenPsaWriter.ToXml(graph, target, new OpenPsaOptions { DefaultProbability = p });
        var (top, importance) = Run(scram, xml);

        // SCRAM writes six significant digits.
        ours.Probability.Should().BeApproximately(top, 1e-9 + (1e-5 * top), "SCRAM's top-event probability");
        foreach (var i in ours.Importance.Where(i => importance.ContainsKey(i.Id)))
        {
            var (mif, raw, rrw) = importance[i.Id];
            i.Birnbaum.Should().BeApproximately(mif, 1e-9 + (1e-5 * mif), "MIF of {0}", i.Id);
            i.RiskAchievementWorth.Should().BeApproximately(raw, 1e-5 * raw, "RAW of {0}", i.Id);
            if (double.IsFinite(i.RiskReductionWorth) && rrw < 1e6)
            {
                i.RiskReductionWorth.Should().BeApproximately(rrw, 1e-5 * rrw, "RRW of {0}", i.Id);
            }
        }

        // SCRAM lists only the events its tree uses: every one is a candidate we rank.
        importance.Keys.Should().BeSubsetOf(ours.Importance.Select(i => i.Id));
        foreach (var i in ours.Importance.Where(i => !importance.ContainsKey(i.Id)))
        {
            i.Birnbaum.Should().Be(0, "{0} is not in SCRAM's tree", i.Id);
        }
    }

    private static (double Top, Dictionary<string, (double Mif, double Raw, double Rrw)> Importance) Run(string scram, string xml)
    {
        var document = Scram.Run(scram, xml, "--probability", "true", "--importance", "true");
        var nodeOf = FaultTreeFormula.Parse(xml).NodeOfEvent;
        var sum = document.Descendants("sum-of-products").SingleOrDefault();
        var top = sum?.Attribute("probability") is { } a ? Number(a.Value) : 0;
        var importance = document.Descendants("importance").Elements("basic-event").ToDictionary(
            e => nodeOf[e.Attribute("name")!.Value],
            e => (Number(e.Attribute("MIF")!.Value), Number(e.Attribute("RAW")!.Value), Number(e.Attribute("RRW")!.Value)));
        return (top, importance);
    }

    private static double Number(string text) => text is "inf" or "INF" ? double.PositiveInfinity : double.Parse(text, CultureInfo.InvariantCulture);
}
