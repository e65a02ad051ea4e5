using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

public sealed class WhatIfCommandTests
{
    private static readonly string[] TsmcProducts = ["amd-mi300x", "apple-m4", "google-tpu-v5p", "nvidia-b200", "nvidia-h100"];

    [Fact]
    public void Whatif_fail_country_taiwan_json_matches_contract()
    {
        var json = CliRun.Json("whatif", "--fail-country", "TW");

        CliRun.Names(json).Should().Equal("failed", "failedStructure", "stoppedTargets", "stopped", "levels");
        CliRun.Strings(json.GetProperty("failedStructure")).Should().BeEmpty("a country fails its failure candidates only");
        CliRun.Strings(json.GetProperty("stoppedTargets")).Should().Equal(TsmcProducts);
        CliRun.Strings(json.GetProperty("failed")).Should().Contain("tsmc").And.BeInAscendingOrder(StringComparer.Ordinal);
        CliRun.Strings(json.GetProperty("stopped")).Should().NotContain("tsmc").And.NotContain("cambricon-mlu590");
        var levels = json.GetProperty("levels").EnumerateArray().ToList();
        levels.Should().OnlyContain(l => CliRun.Names(l).SequenceEqual(new[] { "id", "name", "before", "after" }));
        levels.Select(l => l.GetProperty("id").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal);
        levels.Single(l => l.GetProperty("id").GetString() == "nvidia-h100").GetProperty("after").GetDouble().Should().Be(0);
    }

    [Fact]
    public void Whatif_cut_us_to_china_stops_chinese_designs_without_stopping_tsmc_products()
    {
        // US EDA to Chinese designers: Empyrean covers implementation, but every sign-off tool in the sample is American.
        var json = CliRun.Json("whatif", "--cut", "US:CN");

        CliRun.Strings(json.GetProperty("failed")).Should().BeEmpty();
        CliRun.Strings(json.GetProperty("stoppedTargets")).Should().Equal("cambricon-mlu590", "huawei-ascend-910b");
        CliRun.Strings(json.GetProperty("stoppedTargets")).Should().NotIntersectWith(TsmcProducts);
    }

    [Fact]
    public void Whatif_fail_asml_stops_tsmc_products()
    {
        var json = CliRun.Json("whatif", "--fail", "asml");

        CliRun.Strings(json.GetProperty("failed")).Should().Equal("asml");
        CliRun.Strings(json.GetProperty("stoppedTargets")).Should().Equal(TsmcProducts);
    }

    [Fact]
    public void Whatif_scenario_file_equals_the_flags()
    {
        var fromFile = CliRun.Run("whatif", "--scenario", RepositoryFiles.Path("graphs", "scenarios", "taiwan-outage.json"), "--format", "json");
        var fromFlags = CliRun.Run("whatif", "--fail-country", "TW", "--format", "json");

        fromFile.Exit.Should().Be(0, fromFile.Error);
        fromFile.Out.Should().Be(fromFlags.Out);
    }

    [Fact]
    public void Whatif_degrade_reports_reduced_levels_in_csv()
    {
        var (exit, output, _) = CliRun.Run("whatif", "--degrade", "tsmc=0.5", "--format", "csv");

        exit.Should().Be(0);
        var lines = output.TrimEnd('\n').Split('\n');
        lines[0].Should().Be("id,name,status,target,before,after");
        lines.Should().Contain("tsmc,TSMC,reduced,,1,0.5").And.Contain("nvidia-h100,Nvidia H100,reduced,yes,1,0.5");
    }

    [Fact]
    public void Whatif_bad_scenario_file_is_one_line_with_position_exit_2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chipchain-bad-scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"failCountries\": [\"TW\"],\n  \"degrade\": [{ \"id\": \"tsmc\", \"level\": 3 }]\n}\n");
        try
        {
            var (exit, output, error) = CliRun.Run("whatif", "--scenario", path);

            exit.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().StartWith($"chipchain: error: {path}:3:").And.Contain("$.degrade[0].level");
            error.TrimEnd('\n').Should().NotContain("\n");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--cut", "NL")]
    [InlineData("--cut", "NL::x")]
    [InlineData("--degrade", "tsmc")]
    [InlineData("--degrade", "tsmc=1.5")]
    [InlineData("--fail", "nobody")]
    [InlineData("--fail-country", "XX")]
    [InlineData("--scenario", "/no/such/file.json")]
    public void Whatif_bad_flag_is_one_line_exit_2(string option, string value)
    {
        var (exit, _, error) = CliRun.Run("whatif", option, value);

        exit.Should().Be(2);
        error.Should().StartWith("chipchain: error:");
        error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Whatif_without_any_change_is_exit_2()
    {
        var (exit, _, error) = CliRun.Run("whatif");

        exit.Should().Be(2);
        error.Should().Contain("nothing to simulate");
    }

    [Theory]
    [InlineData("Taiwan")]
    [InlineData("TWN")]
    [InlineData("tw")]
    public void Whatif_fail_country_name_or_alpha3_is_converted_to_the_code(string country)
    {
        var (exit, output, _) = CliRun.Run("whatif", "--fail-country", country);
        exit.Should().Be(0);
        output.Should().StartWith("Scenario: fail country TW\n");
    }

    [Fact]
    public void Whatif_unknown_country_exits_two_with_one_line()
    {
        var result = CliRun.Run("whatif", "--fail-country", "Atlantis");
        result.Exit.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("no failure candidate has the country 'Atlantis'");
    }

    [Fact]
    public void Whatif_text_names_the_failed_node_and_stopped_targets()
    {
        var (exit, output, _) = CliRun.Run("whatif", "--fail", "tsmc");
        exit.Should().Be(0);
        output.Should().StartWith("Scenario: fail tsmc (TSMC)\n").And.Contain("nvidia-h100 (Nvidia H100)");
    }
}
