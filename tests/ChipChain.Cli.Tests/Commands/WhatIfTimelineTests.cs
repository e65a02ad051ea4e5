using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

public sealed class WhatIfTimelineTests
{
    private static readonly string Sample = RepositoryFiles.Path("graphs", "ai-accelerators.json");

    [Fact]
    public void Whatif_weeks_json_adds_horizon_and_timeline()
    {
        var json = CliRun.Json("whatif", Sample, "--fail", "tsmc", "--weeks", "4", "--horizon", "20");

        CliRun.Names(json).Should().Equal("failed", "failedStructure", "stoppedTargets", "stopped", "levels", "horizon", "timeline");
        json.GetProperty("horizon").GetInt32().Should().Be(20);
        var timeline = json.GetProperty("timeline").EnumerateArray().ToList();
        timeline.Should().OnlyContain(t => CliRun.Names(t).SequenceEqual(new[] { "id", "name", "firstWeek", "lastWeek", "weeksDown" }));
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
