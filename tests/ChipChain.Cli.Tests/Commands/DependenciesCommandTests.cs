using ChipChain.Cli.Tests.Support;
using static ChipChain.Cli.Tests.Support.CliRun;

namespace ChipChain.Cli.Tests.Commands;

public sealed partial class DependenciesCommandTests
{
    [Fact]
    public void Upstream_text_lists_the_asml_euv_line_at_tier_three_with_its_path()
    {
        var (exit, stdout, stderr) = Run("upstream", "nvidia-h100");

        exit.Should().Be(0, stderr);
        var lines = stdout.Split('\n');
        lines[0].Should().StartWith("What nvidia-h100 (Nvidia H100) depends on: ").And.Contain(" tiers (tier 1: 9, ");
        lines.Should().ContainMatch("   3  asml-euv-line  *ASML EUV scanners (NXE)  *euv-tools  *EUV lithography tools  *asml-euv-line (ASML EUV scanners (NXE)) -> euv-tools (EUV lithography tools) -> tsmc-leading-edge (*) -> nvidia-h100 (Nvidia H100)");
    }

    [Fact]
    public void Downstream_file_and_id_with_depth_lists_tiers_up_to_the_limit()
    {
        var (exit, stdout, stderr) = Run("downstream", RepositoryFiles.Graph("minimal.json"), "litho-a", "--depth", "2", "--format", "csv");

        exit.Should().Be(0, stderr);
        stdout.Should().StartWith("tier,id,name,item,item name,via,via name,path\n");
        stdout.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0] + ":" + l.Split(',')[1])
            .Should().Equal("1:litho-tools", "2:fab-x");
    }

    [Fact]
    public void Downstream_json_contract_has_tiers_of_nodes_with_item_via_and_path()
    {
        var json = CliRun.Json("downstream", "asml");

        Names(json).Should().Equal("root", "direction", "maxDepth", "nodeCount", "tiers");
        json.GetProperty("root").GetString().Should().Be("asml");
        json.GetProperty("direction").GetString().Should().Be("downstream");
        json.GetProperty("maxDepth").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var tiers = json.GetProperty("tiers").EnumerateArray().ToList();
        tiers.Select(t => t.GetProperty("tier").GetInt32()).Should().BeInAscendingOrder().And.StartWith(1);
        var nodes = tiers.SelectMany(t => t.GetProperty("nodes").EnumerateArray()).ToList();
        nodes.Should().HaveCount(json.GetProperty("nodeCount").GetInt32());
        Names(nodes[0]).Should().Equal("id", "name", "item", "itemName", "via", "pathLength", "path");
        var h100 = nodes.Single(n => n.GetProperty("id").GetString() == "nvidia-h100");
        Strings(h100.GetProperty("path")).Should().HaveCount(4).And.StartWith("asml").And.EndWith("nvidia-h100");
    }

    [Fact]
    public void Upstream_markdown_starts_with_a_heading()
    {
        var (exit, stdout, _) = Run("upstream", "tsmc", "--depth", "1", "--format", "markdown");

        exit.Should().Be(0);
        stdout.Should().StartWith("### What tsmc (TSMC) depends on, depth 1: ");
        stdout.Should().Contain("| tier |");
    }

    [Theory]
    [InlineData("upstream")]
    [InlineData("upstream", "no-such-node")]
    [InlineData("downstream", "asml", "--depth", "-1")]
    [InlineData("downstream", "a.json", "asml", "extra")]
    [InlineData("upstream", "missing.json", "asml")]
    public void Dependencies_bad_usage_is_one_line_and_exit_2(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("chipchain: error: ");
        stderr.TrimEnd('\n').Should().NotContain("\n");
    }
}
