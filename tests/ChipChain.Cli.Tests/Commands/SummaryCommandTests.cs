using System.Text.Json;
using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

public sealed class SummaryCommandTests
{
    [Fact]
    public void Summary_json_lists_counts_by_kind_and_cycles()
    {
        var result = CliRun.Run("summary", RepositoryFiles.Graph("ai-accelerators.json"), "--format", "json");
        result.Exit.Should().Be(0);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("byKind").EnumerateArray().Should().Contain(e => e.GetProperty("key").GetString() == "product" && e.GetProperty("count").GetInt32() == 7);
        root.GetProperty("cycles").GetArrayLength().Should().Be(0, "the sample has no cycle since the unsourced AMEC/SMIC loop was removed");
        root.GetProperty("sinks").EnumerateArray().Select(e => e.GetString()).Should().Contain("nvidia-h100");
    }

    [Fact]
    public void Summary_text_is_a_readable_table()
    {
        var result = CliRun.Run("summary", RepositoryFiles.Graph("minimal.json"));
        result.Exit.Should().Be(0);
        result.Out.Should().MatchRegex(@"nodes\s+10");
    }
}
