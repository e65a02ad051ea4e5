using System.Text.Json.Nodes;
using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

public sealed class DiffCommandTests
{
    private static string Sample => Path.Combine(FindRoot(), "graphs", "ai-accelerators.json");

    [Fact]
    public void Diff_target_json_has_the_contract_and_a_second_euv_maker_removes_asml()
    {
        using var files = new TempFiles();
        var edited = WithSecondEuvMaker(files);

        var json = CliRun.Json("diff", Sample, edited, "--target", "nvidia-h100");

        CliRun.Names(json).Should().Equal("target", "spofAdded", "spofRemoved", "spofKept", "cutSetsAdded", "cutSetsRemoved", "concentration", "exposure", "onlyBefore", "onlyAfter");
        CliRun.Strings(json.GetProperty("spofRemoved")).Should().Equal("asml", "carl-zeiss-smt", "cymer", "trumpf");
        var euv = json.GetProperty("concentration").EnumerateArray().Single(c => c.GetProperty("item").GetString() == "euv-tools");
        CliRun.Names(euv).Should().Equal("item", "before", "after");
        CliRun.Names(euv.GetProperty("before")).Should().Equal("hhi", "countriesTo75");
        CliRun.Names(json.GetProperty("exposure")[0]).Should().Equal("id", "before", "after");
    }

    [Fact]
    public void Diff_fail_on_spof_added_exits_1_only_when_a_spof_is_gained()
    {
        using var files = new TempFiles();
        var edited = WithSecondEuvMaker(files);

        CliRun.Run("diff", Sample, edited, "--fail-on", "spof-added").Exit.Should().Be(0, "the edit only removes single points of failure");
        CliRun.Run("diff", edited, Sample, "--fail-on", "spof-added").Exit.Should().Be(1);
    }

    [Fact]
    public void Diff_of_a_graph_with_itself_reports_no_change_in_every_format()
    {
        var text = CliRun.Run("diff", Sample, Sample);
        var json = CliRun.Json("diff", Sample, Sample);
        var csv = CliRun.Run("diff", Sample, Sample, "--format", "csv");

        text.Exit.Should().Be(0);
        text.Out.Should().Contain("Nodes: 0 added, 0 removed").And.Contain("nvidia-h100 (Nvidia H100): 0 single point(s) of failure gained, 0 lost");
        CliRun.Names(json).Should().Equal("structure", "targets");
        json.GetProperty("targets").GetArrayLength().Should().Be(7);
        csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(l => l == "target,change,id,name,before,after" || l.Contains(",spof kept,"));
    }

    [Fact]
    public void Diff_unknown_target_or_bad_tolerance_is_one_line_exit_2()
    {
        var unknown = CliRun.Run("diff", Sample, Sample, "--target", "nvidia-h10");
        var tolerance = CliRun.Run("diff", Sample, Sample, "--share-tolerance", "2");

        unknown.Exit.Should().Be(2);
        unknown.Error.Should().Contain("did you mean 'nvidia-h100'?");
        tolerance.Exit.Should().Be(2);
        tolerance.ErrorLines.Should().ContainSingle().Which.Should().Contain("--share-tolerance");
    }

    private static string WithSecondEuvMaker(TempFiles files)
    {
        var graph = JsonNode.Parse(File.ReadAllText(Sample))!.AsObject();
        graph["nodes"]!.AsArray().Add(new JsonObject { ["id"] = "canon-euv-line", ["kind"] = "process", ["country"] = "JP" });
        graph["links"]!.AsArray().Add(new JsonObject { ["supplier"] = "canon", ["consumer"] = "canon-euv-line" });
        graph["links"]!.AsArray().Add(new JsonObject { ["supplier"] = "canon-euv-line", ["consumer"] = "euv-tools", ["share"] = 0.3 });
        return files.Write("edited.json", graph.ToJsonString());
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChipChain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
