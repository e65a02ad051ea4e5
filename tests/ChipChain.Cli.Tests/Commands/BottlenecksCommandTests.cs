using System.Text.Json;
using ChipChain.Cli.Tests.Support;
using static ChipChain.Cli.Tests.Support.CliRun;

namespace ChipChain.Cli.Tests.Commands;

public partial class BottlenecksCommandTests
{
    [Fact]
    public void Bottlenecks_json_for_h100_follows_the_contract_exactly()
    {
        var (code, output, _) = Run("bottlenecks", "--target", "nvidia-h100", "--format", "json");
        code.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Names(root).Should().Equal("target", "chokepoints", "minimumCut", "countries", "betweenness");
        root.GetProperty("target").GetString().Should().Be("nvidia-h100");
        var first = root.GetProperty("chokepoints")[0];
        Names(first).Should().Equal("item", "itemName", "consumers", "suppliers", "supplierCount", "hhi", "countriesTo75", "level", "why");
        Names(first.GetProperty("suppliers")[0]).Should().Equal("id", "name", "country", "share");
        Names(root.GetProperty("minimumCut")).Should().Equal("size", "nodes", "complete");
        Names(root.GetProperty("countries")).Should().Equal("singlePointsOfFailure", "minimumCut");
        Names(root.GetProperty("betweenness")[0]).Should().Equal("id", "name", "value");
        root.GetProperty("countries").GetProperty("singlePointsOfFailure").EnumerateArray().Select(e => e.GetString()).Should().Contain("TW");
        var top = root.GetProperty("chokepoints").EnumerateArray().Take(10).Select(c => c.GetProperty("item").GetString()).ToList();
        top.Should().Contain(["abf-film", "(from asml)", "(from tsmc)", "euv-drive-laser", "chip-design"]);
        var euv = root.GetProperty("chokepoints").EnumerateArray().Single(c => c.GetProperty("item").GetString() == "(from asml)");
        euv.GetProperty("hhi").GetInt32().Should().Be(10000);
        euv.GetProperty("level").GetString().Should().Be("high");
        euv.GetProperty("why").GetString().Should().Be("sole supplier: ASML (NL), HHI 10 000");
        euv.GetProperty("suppliers")[0].GetProperty("share").GetDouble().Should().Be(1);
    }

    [Fact]
    public void Bottlenecks_text_lists_chokepoints_minimum_cut_and_countries()
    {
        var (code, output, _) = Run("bottlenecks", "--target", "nvidia-h100");
        code.Should().Be(0);
        output.Should().Contain("sole supplier: ASML (NL), HHI 10 000")
            .And.Contain("minimum cut")
            .And.Contain("country single points of failure")
            .And.MatchRegex("country single points of failure +[A-Z, ]*TW");
    }

    [Fact]
    public void Bottlenecks_without_target_covers_every_product()
    {
        var (code, output, _) = Run("bottlenecks", "--format", "json");
        code.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("target").GetString())
            .Should().Contain(["nvidia-h100", "huawei-ascend-910b"]).And.HaveCount(7);
    }

    [Fact]
    public void Bottlenecks_csv_has_one_row_per_target_chokepoint()
    {
        var (code, output, _) = Run("bottlenecks", "--target", "apple-m4", "--format", "csv");
        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("target,target name,rank,item,item name,consumers,suppliers,top supplier,HHI,countries to 75%,level,why");
        lines.Skip(1).Should().OnlyContain(l => l.StartsWith("apple-m4,", StringComparison.Ordinal)).And.NotBeEmpty();
    }

    [Fact]
    public void Bottlenecks_output_is_deterministic()
    {
        Run("bottlenecks", "--format", "markdown").Out.Should().Be(Run("bottlenecks", "--format", "markdown").Out);
    }

    [Fact]
    public void Bottlenecks_unknown_target_is_one_line_usage_error()
    {
        var (code, output, error) = Run("bottlenecks", "--target", "nvidia-h1000");
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("chipchain: error: unknown node id 'nvidia-h1000'").And.EndWith("\n");
        error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Bottlenecks_file_argument_reads_that_graph()
    {
        var (code, output, _) = Run("bottlenecks", RepositoryFiles.Path("graphs", "minimal.json"), "--format", "json");
        code.Should().Be(0);
        JsonDocument.Parse(output).RootElement.GetProperty("targets").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Report_has_a_chokepoints_section_per_target()
    {
        var (code, output, _) = Run("report", "--format", "json");
        code.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        var section = doc.RootElement.GetProperty("chokepoints");
        var h100 = section.EnumerateArray().Single(t => t.GetProperty("target").GetString() == "nvidia-h100");
        h100.GetProperty("chokepoints").GetArrayLength().Should().Be(5);
        Run("report").Out.Should().Contain("== Chokepoints ==");
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
