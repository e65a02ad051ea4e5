using ChipChain.Analysis;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Bottlenecks;

public class BottleneckAnalysisTests
{
    private static readonly SupplyGraph Sample = RepositoryFiles.LoadGraph("ai-accelerators.json");

    [Theory]
    [InlineData("euv-drive-laser", "trumpf")]
    [InlineData("chip-design", "nvidia")]
    [InlineData("abf-film", "ajinomoto")]
    public void For_h100_ranks_the_known_monopolies_among_the_top_chokepoints(string item, string supplier)
    {
        var report = BottleneckAnalysis.Analyse(Sample, "nvidia-h100");
        var top = report.Chokepoints.Take(10).ToList();
        var hit = top.Should().ContainSingle(c => c.Row.Item == item && c.Row.Consumers.Any()).Which;
        hit.IsCritical.Should().BeTrue();
        hit.Row.Suppliers.Should().ContainSingle().Which.Id.Should().Be(supplier);
        hit.Row.Hhi.Should().Be(10000);
    }

    [Fact]
    public void For_h100_sole_suppliers_that_stop_more_products_rank_first()
    {
        // All of these are critical monopolies of the H100; Ajinomoto stops all 7 products, ASML (feeding its lines)
        // the 5 TSMC-made ones, Nvidia its 2 and SK hynix (feeding its lines) only the H100.
        var tops = BottleneckAnalysis.Analyse(Sample, "nvidia-h100").Chokepoints.Select(c => c.Row.Suppliers[0].Id).ToList();
        tops.IndexOf("ajinomoto").Should().BeLessThan(tops.IndexOf("asml"));
        tops.IndexOf("asml").Should().BeLessThan(tops.IndexOf("nvidia"));
        tops.IndexOf("nvidia").Should().BeLessThan(tops.IndexOf("sk-hynix"));
    }

    [Fact]
    public void For_h100_explains_the_asml_monopoly_and_flags_taiwan()
    {
        var report = BottleneckAnalysis.Analyse(Sample, "nvidia-h100");
        var euv = report.Chokepoints.Single(c => c.Row.Suppliers.Count == 1 && c.Row.Suppliers[0].Id == "asml");
        euv.IsCritical.Should().BeTrue();
        euv.Target.Should().Be("nvidia-h100");
        report.CountrySinglePointsOfFailure.Should().Contain("TW");
        report.MinimumCut.Should().ContainSingle();
        report.MinimumCutComplete.Should().BeTrue();
        report.Betweenness.Should().NotBeEmpty().And.BeInDescendingOrder(s => s.Value);
    }

    [Fact]
    public void For_h100_critical_chokepoints_come_first_then_by_falling_hhi()
    {
        var list = BottleneckAnalysis.Analyse(Sample, "nvidia-h100").Chokepoints;
        var firstNonCritical = list.ToList().FindIndex(c => !c.IsCritical);
        firstNonCritical.Should().BeGreaterThan(4);
        list.Skip(firstNonCritical).Should().OnlyContain(c => !c.IsCritical);
        list.Skip(firstNonCritical).Select(c => c.Row.Hhi).Should().BeInDescendingOrder();
        list.Should().NotContain(c => c.Row.Item == "euv-lithography", "the EUV market node's own row measures that supply");
    }

    [Fact]
    public void For_chinese_product_does_not_list_cowos()
    {
        var report = BottleneckAnalysis.Analyse(Sample, "huawei-ascend-910b");
        report.Chokepoints.Should().NotContain(c => c.Row.Item == "cowos-packaging");
        report.CountrySinglePointsOfFailure.Should().NotContain("TW");
    }

    [Fact]
    public void For_random_graphs_critical_flags_and_exposure_agree_with_cascade_and_levels()
    {
        RandomGraphs.Graphs(7).Sample(g =>
        {
            var report = new BottleneckAnalysis(g).For(0);
            var up = Enumerable.Range(0, g.NodeCount).ToArray();
            foreach (var c in report.Chokepoints)
            {
                // Losing an item's suppliers means losing its failure candidates: structure cannot fail.
                var failed = c.Row.Suppliers.Select(s => g.IndexOf(s.Id)).Where(v => g[v].IsFailureCandidate).ToArray();
                c.StopsTarget.Should().Be(failed.Length > 0 && FailureCascade.Run(g.Topology, failed)[0]);
                var top = g.IndexOf(c.Row.TopSupplier.Id);
                var level = SupplyLevels.AfterFailure(g, [top])[0];
                c.Exposure.Should().BeApproximately(top == 0 || g[top].IsFailureCandidate ? 1 - level : 0, 1e-9);
            }

            var ranks = report.Chokepoints.Select(c => c.IsCritical).ToList();
            ranks.Should().BeInDescendingOrder();
        }, iter: 400);
    }

    [Fact]
    public void ChokepointsOf_first_count_random_graphs_equals_the_first_of_the_full_ranking()
    {
        Gen.Select(RandomGraphs.Graphs(8), Gen.Int[0, 4]).Sample((g, count) =>
        {
            var analysis = new BottleneckAnalysis(g);
            var full = analysis.ChokepointsOf(0).Take(count).Select(c => (c.Row.Item, string.Join(",", c.Row.Consumers), c.Exposure, c.Target, c.StopsTarget)).ToList();
            var top = new BottleneckAnalysis(g).ChokepointsOf(0, count).Select(c => (c.Row.Item, string.Join(",", c.Row.Consumers), c.Exposure, c.Target, c.StopsTarget)).ToList();
            top.Should().Equal(full);
        }, iter: 400);
    }

    [Fact]
    public void ChokepointsOf_sample_every_target_agrees_with_a_fresh_analysis()
    {
        // One analysis reused across targets (shared cascade, caches) answers as a fresh one does for each.
        var shared = new BottleneckAnalysis(Sample);
        foreach (var t in Sample.DefaultTargets())
        {
            var a = shared.ChokepointsOf(t).Select(c => (c.Row.Item, c.Target, c.StopsTarget, c.Exposure)).ToList();
            var b = new BottleneckAnalysis(Sample).ChokepointsOf(t).Select(c => (c.Row.Item, c.Target, c.StopsTarget, c.Exposure)).ToList();
            a.Should().Equal(b);
        }
    }
}
