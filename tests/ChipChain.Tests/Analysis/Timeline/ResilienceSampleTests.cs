using ChipChain.Analysis.Timeline;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Analysis.Timeline;

/// <summary>The H100 in graphs/ai-accelerators.json, with the sample's inventory and recovery weeks, computed by hand.</summary>
public sealed class ResilienceSampleTests
{
    [Fact]
    public void Rank_h100_asml_outlasts_the_lithography_stock_but_hbm_runs_dry_first()
    {
        // ASML is down 52 weeks (recoveryWeeks). TSMC's installed EUV base lasts 26 weeks and the H100's wafer stock 16
        // more, but SK hynix's HBM fab needs EUV with no stock stated, and the H100 holds 8 weeks of HBM3: down from week 8.
        var ranking = ResilienceAnalysis.Rank(SampleGraphs.AiAccelerators, "nvidia-h100", new TimelineOptions { Weeks = 13 }).Ranking;

        ranking[0].Should().Be(new ResilienceEntry("asml", 44, 8, 52));
        ranking.Should().ContainEquivalentOf(new ResilienceEntry("tsmc", 14, 0, 14), "CoWoS packaging has no stock: the H100 stops with TSMC");
        ranking.Should().ContainEquivalentOf(new ResilienceEntry("sk-hynix", 6, 8, 14), "8 weeks of HBM3 against a 14-week recovery");
    }

    [Fact]
    public void Run_four_week_silicon_wafer_outage_is_covered_by_stock()
    {
        // Every wafer maker down 4 weeks: the leading-edge fab's 8 weeks of wafers outlast it (other consumers of
        // wafers hold no stated stock and do stop).
        var sample = SampleGraphs.AiAccelerators;
        var wafers = sample.Links.Where(l => l.Consumer == "silicon-wafers").Select(l => l.Supplier).ToList();
        wafers.Should().NotBeEmpty();
        var result = TimelineAnalysis.Run(sample, wafers, new TimelineOptions { Weeks = 4, Durations = wafers.ToDictionary(w => w, _ => 4) });

        result.Find("tsmc-leading-edge").Should().BeNull();
        result.Find("silicon-wafers")!.Spans.Should().Equal((0, 3));
    }
}
