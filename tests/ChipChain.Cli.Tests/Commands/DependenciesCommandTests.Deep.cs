using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

/// <summary>Deep trees: paths are shown by their ends, so output stays linear in the tree's size.</summary>
public sealed partial class DependenciesCommandTests
{
    [Fact]
    public void Upstream_chain_of_3000_elides_long_paths_in_text_and_json()
    {
        using var files = new TempFiles();
        var nodes = string.Join(",", Enumerable.Range(0, 3000).Select(i => $"{{\"id\":\"c{i}\"}}"));
        var links = string.Join(",", Enumerable.Range(1, 2999).Select(i => $"{{\"supplier\":\"c{i - 1}\",\"consumer\":\"c{i}\",\"item\":\"x\"}}"));
        var path = files.Write("chain.json", $"{{\"format\":\"chipchain/1\",\"nodes\":[{nodes}],\"links\":[{links}]}}");

        var (exit, text, error) = CliRun.Run("upstream", path, "c2999", "--format", "csv");
        var json = CliRun.Json("upstream", path, "c2999");

        exit.Should().Be(0, error);
        text.Should().Contain("c0 -> c1 -> c2 -> c3 -> c4 -> c5 -> c6 -> c7 -> c8 -> c9 -> c10 -> c11 -> c12 -> c13 -> c14 -> c15 -> … (2,968 more) -> c2984");
        var deepest = json.GetProperty("tiers")[2998].GetProperty("nodes")[0];
        deepest.GetProperty("id").GetString().Should().Be("c0");
        deepest.GetProperty("pathLength").GetInt32().Should().Be(3000);
        deepest.GetProperty("pathOmitted").GetInt32().Should().Be(2968);
        CliRun.Strings(deepest.GetProperty("path")).Should().HaveCount(32).And.StartWith("c0").And.EndWith("c2999");
        json.GetProperty("tiers")[0].GetProperty("nodes")[0].TryGetProperty("pathOmitted", out _).Should().BeFalse();
    }
}
