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
        ranking.Should().OnlyContain(r => CliRun.Names(r).SequenceEqual(new[] { "id", "name", "weeksDown", "firstWeek", "duration", "outputLostWeeks" }));

        // ASML recovers in 52 weeks (its recoveryWeeks beats --weeks); the H100 first runs dry of SK hynix HBM3 (8 weeks of stock).
        var first = ranking[0];
        (first.GetProperty("id").GetString(), first.GetProperty("weeksDown").GetInt32(), first.GetProperty("firstWeek").GetInt32()).Should().Be(("asml", 44, 8));
        ranking.Select(r => r.GetProperty("weeksDown").GetInt32()).Should().BeInDescendingOrder();
        ranking.Should().OnlyContain(r => r.GetProperty("outputLostWeeks").GetDouble() >= r.GetProperty("weeksDown").GetInt32());
    }

    [Fact]
    public void Resilience_output_lost_counts_the_share_lost_beside_the_weeks_down()
    {
        // p takes 60 % of its chips from a and 40 % from c; x supplies both with gas, a holding 4 weeks of it. x down 10
        // weeks: c stops at once (p at 0.6 in weeks 0..3), a runs dry in week 4 (p down weeks 4..9): 6 weeks down,
        // 0.4 × 4 + 6 = 7.6 weeks of output lost. a or c alone never stop p, so they are not ranked.
        var path = Path.Combine(Path.GetTempPath(), $"resilience-volume-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"format": "chipchain/1", "nodes": [{"id": "x"}, {"id": "a"}, {"id": "c"}, {"id": "p", "kind": "product"}],
             "links": [{"supplier": "a", "consumer": "p", "item": "chips", "share": 0.6},
                       {"supplier": "c", "consumer": "p", "item": "chips", "share": 0.4},
                       {"supplier": "x", "consumer": "c", "item": "gas"},
                       {"supplier": "x", "consumer": "a", "item": "gas", "inventoryWeeks": 4}]}
            """);
        try
        {
            var ranking = CliRun.Json("resilience", path, "--target", "p", "--weeks", "10").GetProperty("ranking").EnumerateArray()
                .Select(r => (r.GetProperty("id").GetString(), r.GetProperty("weeksDown").GetInt32(), r.GetProperty("outputLostWeeks").GetDouble()));

            ranking.Should().Equal(("x", 6, 7.6));
            var (_, text, _) = CliRun.Run("resilience", path, "--target", "p", "--weeks", "10");
            text.Should().MatchRegex(@"\nx +6 +7\.6 +4 +10 wk\n");
        }
        finally
        {
            File.Delete(path);
        }
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
