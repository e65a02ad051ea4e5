using System.Text.Json.Nodes;
using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Report;

public sealed class RiskSectionTests
{
    [Fact]
    public void Report_graph_with_probabilities_has_risk_section_agreeing_with_risk_command()
    {
        using var files = new TempFiles();
        var path = files.Write("with-p.json", WithProbability("tsmc", 0.2));

        var text = CliRun.Run("report", path, "--target", "nvidia-h100");
        var json = CliRun.Json("report", path, "--target", "nvidia-h100");
        var risk = CliRun.Json("risk", path, "--target", "nvidia-h100");

        text.Exit.Should().Be(0);
        text.Out.Should().Contain("== Risk ==").And.Contain("tsmc (TSMC) 0.");
        var section = json.GetProperty("risk")[0];
        section.GetProperty("target").GetString().Should().Be("nvidia-h100");
        section.GetProperty("probability").GetDouble().Should().Be(risk.GetProperty("probability").GetDouble());
        section.GetProperty("importance")[0].GetProperty("id").GetString().Should().Be("tsmc");
        section.GetProperty("importance").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public void Report_graph_without_probabilities_has_no_risk_section()
    {
        var text = CliRun.Run("report", "--target", "nvidia-h100");
        var json = CliRun.Json("report", "--target", "nvidia-h100");

        text.Out.Should().NotContain("== Risk ==");
        json.TryGetProperty("risk", out _).Should().BeFalse();
    }

    private static string WithProbability(string id, double p)
    {
        var graph = JsonNode.Parse(File.ReadAllText(RepositoryFiles.Graph("ai-accelerators.json")))!;
        graph["nodes"]!.AsArray().Single(n => (string?)n!["id"] == id)!["failureProbability"] = p;
        return graph.ToJsonString();
    }
}
