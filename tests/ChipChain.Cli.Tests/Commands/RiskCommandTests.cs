using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

public sealed class RiskCommandTests
{
    private static readonly string Preset = RepositoryFiles.Path("graphs", "scenarios", "geopolitical-risk.json");

    [Fact]
    public void Risk_json_exact_matches_contract_without_interval()
    {
        var json = CliRun.Json("risk", "--target", "nvidia-h100", "--default-probability", "0.1");

        CliRun.Names(json).Should().Equal("target", "method", "probability", "importance");
        json.GetProperty("target").GetString().Should().Be("nvidia-h100");
        json.GetProperty("method").GetString().Should().Be("exact");
        json.GetProperty("probability").GetDouble().Should().BeApproximately(0.632778, 1e-6, "SCRAM's top event on the same tree");
        var first = json.GetProperty("importance")[0];
        CliRun.Names(first).Should().Equal("id", "name", "birnbaum", "fussellVesely", "raw", "rrw");
    }

    [Fact]
    public void Risk_json_montecarlo_has_interval_and_is_repeatable_with_seed()
    {
        string[] args = ["risk", "--target", "nvidia-h100", "--method", "montecarlo", "--samples", "20000", "--seed", "5"];

        var once = CliRun.Run([.. args, "--format", "json"]);
        var again = CliRun.Run([.. args, "--format", "json"]);
        var json = CliRun.Json(args);

        once.Out.Should().Be(again.Out);
        CliRun.Names(json).Should().Equal("target", "method", "probability", "confidence95", "importance");
        json.GetProperty("method").GetString().Should().Be("montecarlo");
        var ci = json.GetProperty("confidence95").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        ci.Should().HaveCount(2);
        json.GetProperty("probability").GetDouble().Should().BeInRange(ci[0], ci[1]);
    }

    [Fact]
    public void Risk_text_with_country_preset_ranks_tsmc_first_and_names_method()
    {
        var (exit, output, _) = CliRun.Run("risk", "--target", "nvidia-h100", "--scenario", Preset, "--top", "3");

        exit.Should().Be(0);
        output.Should().StartWith("nvidia-h100 (Nvidia H100): P(unavailable) = ").And.Contain("(exact: decision diagram over");
        output.Split('\n')[4].Should().Contain("tsmc").And.Contain("TSMC");
    }

    [Fact]
    public void Risk_flags_override_the_scenario_file()
    {
        var fromFile = CliRun.Json("risk", "--target", "nvidia-h100", "--scenario", Preset);
        var overridden = CliRun.Json("risk", "--target", "nvidia-h100", "--scenario", Preset, "--probability-by-country", "TW=0");

        overridden.GetProperty("probability").GetDouble().Should().BeLessThan(fromFile.GetProperty("probability").GetDouble());
        overridden.GetProperty("importance").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "tsmc").GetProperty("fussellVesely").GetDouble().Should().Be(0);
    }

    [Fact]
    public void Risk_csv_and_markdown_list_every_candidate()
    {
        var csv = CliRun.Run("risk", "--target", "nvidia-h100", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var markdown = CliRun.Run("risk", "--target", "nvidia-h100", "--format", "markdown").Out;

        csv[0].Should().Be("target,target name,method,probability,low95,high95,id,name,country,p,birnbaum,fussellVesely,raw,rrw");
        csv.Should().HaveCount(55, "a header and the H100's 54 failure candidates");
        markdown.Should().StartWith("- nvidia-h100 (Nvidia H100): P(unavailable) = ").And.Contain("| rank | id | name |");
    }

    [Theory]
    [InlineData("--default-probability", "1.5")]
    [InlineData("--probability-by-country", "TW")]
    [InlineData("--probability-by-kind", "foundry=x")]
    [InlineData("--method", "guess")]
    [InlineData("--samples", "0")]
    public void Risk_bad_option_is_one_line_and_exit_2(string option, string value)
    {
        var (exit, output, error) = CliRun.Run("risk", "--target", "nvidia-h100", option, value);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.TrimEnd('\n').Should().NotContain("\n").And.NotBeEmpty();
    }

    [Fact]
    public void Risk_exact_past_its_limit_is_one_line_and_exit_2()
    {
        using var files = new TempFiles();
        var links = string.Join(",", Enumerable.Range(0, 2001).Select(i => $"{{\"supplier\":\"s{i}\",\"consumer\":\"m\"}}"));
        var nodes = string.Join(",", Enumerable.Range(0, 2001).Select(i => $"{{\"id\":\"s{i}\"}}"));
        var path = files.Write("wide.json", $"{{\"format\":\"chipchain/1\",\"nodes\":[{{\"id\":\"m\",\"kind\":\"input\",\"requires\":\"any\"}},{nodes}],\"links\":[{links}]}}");

        var (exit, _, error) = CliRun.Run("risk", path, "--target", "m", "--method", "exact");
        var auto = CliRun.Run("risk", path, "--target", "m", "--samples", "1000", "--top", "1");

        exit.Should().Be(2);
        error.Should().Contain("2,001 failure candidates").And.Contain("--method montecarlo");
        error.TrimEnd('\n').Should().NotContain("\n");
        auto.Exit.Should().Be(0);
        auto.Out.Should().Contain("Monte Carlo").And.Contain("auto chose Monte Carlo");
    }

}
