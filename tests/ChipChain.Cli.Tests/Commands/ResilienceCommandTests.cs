using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

public sealed class ResilienceCommandTests
{
    private static readonly string Sample = RepositoryFiles.Path("graphs", "ai-accelerators.json");

    [Fact]
    public void Resilience_json_matches_contract_and_ranks_by_weeks_lost()
    {
        var json = CliRun.Json("resilience", Sample, "--target", "nvidia-h100", "--weeks", "13");

        CliRun.Names(json).Should().Equal("target", "name", "horizon", "candidates", "ranking");
        json.GetProperty("target").GetString().Should().Be("nvidia-h100");
        json.GetProperty("horizon").GetInt32().Should().Be(104);
        var ranking = json.GetProperty("ranking").EnumerateArray().ToList();
        ranking.Should().OnlyContain(r => CliRun.Names(r).SequenceEqual(new[] { "id", "name", "weeksDown", "firstWeek", "duration" }));

        // ASML recovers in 52 weeks (its recoveryWeeks beats --weeks); the H100 first runs dry of SK hynix HBM3 (8 weeks of stock).
        var first = ranking[0];
        (first.GetProperty("id").GetString(), first.GetProperty("weeksDown").GetInt32(), first.GetProperty("firstWeek").GetInt32()).Should().Be(("asml", 44, 8));
        ranking.Select(r => r.GetProperty("weeksDown").GetInt32()).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Resilience_text_lists_weeks_lost_and_the_week_it_stops()
    {
        var (exit, output, _) = CliRun.Run("resilience", Sample, "--target", "nvidia-h100", "--weeks", "13", "--top", "2");

        exit.Should().Be(0);
        output.Should().StartWith("Resilience of nvidia-h100 (Nvidia H100) over 104 weeks\n");
        output.Should().Contain("asml").And.Contain("tsmc").And.NotContain("sk-hynix");
    }

    [Theory]
    [InlineData("--weeks", "0")]
    [InlineData("--horizon", "0")]
    [InlineData("--weeks", "x")]
    [InlineData("--horizon", "20000")]
    public void Resilience_bad_weeks_or_horizon_is_one_line_and_exit_2(string option, string value)
    {
        var (exit, output, error) = CliRun.Run("resilience", Sample, "--target", "nvidia-h100", option, value);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.TrimEnd('\n').Should().NotContain("\n").And.NotBeEmpty();
    }

    [Fact]
    public void Resilience_horizon_past_the_limit_points_at_the_limits_page()
    {
        var (_, _, error) = CliRun.Run("resilience", Sample, "--target", "nvidia-h100", "--horizon", "20000");

        error.Should().Contain("10000 weeks").And.Contain("docs/limits.md");
    }
}
