using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

public sealed class WhatIfTimelineTests
{
    private static readonly string Sample = RepositoryFiles.Path("graphs", "ai-accelerators.json");

    [Fact]
    public void Whatif_weeks_json_adds_horizon_and_timeline()
    {
        var json = CliRun.Json("whatif", Sample, "--fail", "tsmc", "--weeks", "4", "--horizon", "20");

        CliRun.Names(json).Should().Equal("failed", "failedStructure", "stoppedTargets", "stopped", "levels", "horizon", "timeline", "outputLost");
        json.GetProperty("horizon").GetInt32().Should().Be(20);
        var timeline = json.GetProperty("timeline").EnumerateArray().ToList();
        timeline.Should().OnlyContain(t => CliRun.Names(t).SequenceEqual(new[] { "id", "name", "firstWeek", "lastWeek", "weeksDown", "outputLostWeeks" }));
        timeline.Select(t => t.GetProperty("id").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal);

        // TSMC's own recoveryWeeks (14) comes before --weeks; CoWoS has no stock, so the H100 stops at once.
        var h100 = timeline.Single(t => t.GetProperty("id").GetString() == "nvidia-h100");
        (h100.GetProperty("firstWeek").GetInt32(), h100.GetProperty("lastWeek").GetInt32(), h100.GetProperty("weeksDown").GetInt32()).Should().Be((0, 13, 14));
    }

    [Fact]
    public void Whatif_weeks_text_shows_stop_resume_and_strip()
    {
        var (exit, output, error) = CliRun.Run("whatif", Sample, "--fail", "sk-hynix", "--horizon", "20");

        exit.Should().Be(0, error);
        output.Should().Contain("Timeline over 20 weeks (weeks 0 to 19)");
        output.Should().Contain("nvidia-h100").And.Contain("week 8").And.Contain("week 14").And.Contain("........######......");
    }

    [Fact]
    public void Whatif_weeks_json_lists_the_output_lost_of_targets_reduced_without_stopping()
    {
        // SK hynix down 14 weeks: the MI300X loses its 40 % of HBM3 (0.4 × 14 = 5.6 weeks) but never stops; the H100
        // single-sources HBM3 with 8 weeks of stock: 6 weeks down, 6 weeks of output.
        var json = CliRun.Json("whatif", Sample, "--fail", "sk-hynix", "--horizon", "26");

        var lost = json.GetProperty("outputLost").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!, t => (t.GetProperty("weeksDown").GetInt32(), t.GetProperty("outputLostWeeks").GetDouble()));
        lost["amd-mi300x"].Should().Be((0, 5.6));
        lost["nvidia-h100"].Should().Be((6, 6.0));
        lost.Keys.Should().BeInAscendingOrder(StringComparer.Ordinal).And.NotContain("sk-hynix-hbm", "only targets are listed");
        json.GetProperty("timeline").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "sk-hynix-hbm").GetProperty("outputLostWeeks").GetDouble().Should().Be(14);
    }

    [Fact]
    public void Whatif_weeks_text_shows_output_lost_beside_weeks_lost()
    {
        var (exit, output, error) = CliRun.Run("whatif", Sample, "--fail", "sk-hynix", "--horizon", "26");

        exit.Should().Be(0, error);
        output.Should().Contain("Reduced without stopping: 4 target(s)");
        output.Split('\n').Single(l => l.StartsWith("amd-mi300x", StringComparison.Ordinal) && l.Contains("5.6", StringComparison.Ordinal)).Should().Contain(" - ");
    }

    [Fact]
    public void Whatif_weeks_with_a_cut_is_a_usage_error()
    {
        var (exit, _, error) = CliRun.Run("whatif", Sample, "--cut", "US:CN", "--weeks", "4");

        exit.Should().Be(2);
        error.Should().Contain("cuts and partial degradations are not timed");
    }

    [Fact]
    public void Whatif_without_weeks_or_horizon_has_no_timeline()
    {
        var json = CliRun.Json("whatif", Sample, "--fail", "tsmc");

        CliRun.Names(json).Should().Equal("failed", "failedStructure", "stoppedTargets", "stopped", "levels");
    }
}
