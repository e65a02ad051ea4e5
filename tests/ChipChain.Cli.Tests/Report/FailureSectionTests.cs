using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Report;

public sealed class FailureSectionTests
{
    [Fact]
    public void Report_json_has_spofs_and_order_two_cut_set_count_per_product()
    {
        var json = CliRun.Json("report");

        var rows = json.GetProperty("singlePointsOfFailure").EnumerateArray().ToList();
        rows.Should().HaveCount(7);
        var h100 = rows.Single(r => r.GetProperty("target").GetString() == "nvidia-h100");
        CliRun.Names(h100).Should().Equal("target", "singlePointsOfFailure", "orderTwoCutSets");
        CliRun.Strings(h100.GetProperty("singlePointsOfFailure")).Should().Contain(["asml", "tsmc", "sk-hynix"]).And.NotContain("nikon");
        var pairs = CliRun.Json("cutsets", "--target", "nvidia-h100").GetProperty("cutSets").EnumerateArray().Count(s => s.GetArrayLength() == 2);
        h100.GetProperty("orderTwoCutSets").GetInt32().Should().Be(pairs).And.BeGreaterThan(0);
    }

    [Fact]
    public void Report_text_has_the_section()
    {
        var (exit, output, _) = CliRun.Run("report");

        exit.Should().Be(0);
        output.Should().Contain("== Single points of failure ==").And.Contain("order-2 cut sets").And.Contain("nvidia-h100 (Nvidia H100): ");
    }
}
