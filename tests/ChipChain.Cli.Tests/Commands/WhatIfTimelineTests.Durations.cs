using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

/// <summary>Durations given per node in a scenario file come before a node's recoveryWeeks and --weeks.</summary>
public sealed class WhatIfTimelineDurationTests
{
    private static readonly string Sample = RepositoryFiles.Path("graphs", "ai-accelerators.json");

    [Theory]
    [InlineData(2, 2)]
    [InlineData(30, 30)]
    public void Whatif_scenario_duration_overrides_recovery_weeks_and_weeks_option(int weeks, int expectedDown)
    {
        using var files = new TempFiles();
        var scenario = files.Write("s.json", $$"""{ "fail": ["tsmc"], "durations": { "tsmc": {{weeks}} } }""");

        // TSMC states recoveryWeeks 14 and the command says 4: the scenario's own duration wins over both.
        var json = CliRun.Json("whatif", Sample, "--scenario", scenario, "--weeks", "4", "--horizon", "52");

        var tsmc = json.GetProperty("timeline").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "tsmc");
        (tsmc.GetProperty("firstWeek").GetInt32(), tsmc.GetProperty("weeksDown").GetInt32()).Should().Be((0, expectedDown));
    }

    [Fact]
    public void Whatif_scenario_duration_for_unknown_node_is_one_line_with_suggestion()
    {
        using var files = new TempFiles();
        var scenario = files.Write("s.json", """{ "fail": ["tsmc"], "durations": { "tsmcc": 3 } }""");

        var (exit, _, error) = CliRun.Run("whatif", Sample, "--scenario", scenario, "--weeks", "4");

        exit.Should().Be(2);
        error.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("'tsmcc'").And.Contain("did you mean 'tsmc'");
    }
}
