using System.Text.Json;
using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

public sealed class ReportCommandTests
{
    [Fact]
    public void Run_without_arguments_reports_on_the_sample()
    {
        var result = CliRun.Run();
        result.Exit.Should().Be(0);
        result.Out.Should().Contain("== Summary ==").And.Contain("AI accelerator supply chain");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Run_with_only_a_file_runs_report_on_it()
    {
        var result = CliRun.Run(RepositoryFiles.Graph("minimal.json"));
        result.Exit.Should().Be(0);
        result.Out.Should().Contain("nodes").And.Contain("10");
    }

    [Fact]
    public void Report_json_is_valid_and_has_a_summary()
    {
        var result = CliRun.Run("report", "--format", "json");
        result.Exit.Should().Be(0);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("summary").GetProperty("nodes").GetInt32().Should().Be(116);
        json.RootElement.GetProperty("summary").GetProperty("products").GetArrayLength().Should().Be(7);
    }

    [Fact]
    public void Report_markdown_uses_headings_and_tables()
    {
        var result = CliRun.Run("report", "--format", "markdown");
        result.Exit.Should().Be(0);
        result.Out.Should().Contain("## Summary").And.Contain("| fact | value |");
    }

    [Fact]
    public void Report_output_is_deterministic()
    {
        CliRun.Run("report", "--format", "json").Out.Should().Be(CliRun.Run("report", "--format", "json").Out);
    }

    [Fact]
    public void Report_unknown_target_exits_two_with_suggestion()
    {
        var result = CliRun.Run("report", "--target", "h100");
        result.Exit.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("unknown node id 'h100'").And.Contain("nvidia-h100");
    }

    [Fact]
    public void Report_on_invalid_file_exits_two_with_first_error_and_count()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chipchain-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "format": "chipchain/1", "nodes": [ { "id": "a" }, { "id": "a" } ], "links": [ { "supplier": "a", "consumer": "q" } ] }""");
        try
        {
            var result = CliRun.Run("report", path);
            result.Exit.Should().Be(2);
            result.ErrorLines.Should().ContainSingle().Which.Should().Contain("duplicate node id 'a'").And.Contain("and 1 more error(s)");
            result.ErrorLines[0].Split("error:").Should().HaveCount(2, "the line says 'error:' once");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
