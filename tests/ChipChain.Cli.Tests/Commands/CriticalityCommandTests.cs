using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

public sealed class CriticalityCommandTests
{
    [Fact]
    public void Criticality_json_by_node_matches_contract_and_ranking()
    {
        var json = CliRun.Json("criticality");

        CliRun.Names(json).Should().Equal("by", "ranking");
        json.GetProperty("by").GetString().Should().Be("node");
        var ranking = json.GetProperty("ranking").EnumerateArray().ToList();
        ranking.Should().HaveCount(116);
        ranking.Should().OnlyContain(e => CliRun.Names(e).SequenceEqual(new[] { "id", "stoppedTargets", "stoppedNodes" }));
        var counts = ranking.Select(e => e.GetProperty("stoppedTargets").GetArrayLength()).ToList();
        counts.Should().BeInDescendingOrder();
        var asml = ranking.Single(e => e.GetProperty("id").GetString() == "asml");
        CliRun.Strings(asml.GetProperty("stoppedTargets")).Should().Equal("amd-mi300x", "apple-m4", "google-tpu-v5p", "nvidia-b200", "nvidia-h100");
        ranking.Single(e => e.GetProperty("id").GetString() == "nikon").GetProperty("stoppedTargets").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Criticality_by_country_taiwan_stops_tsmc_products()
    {
        var json = CliRun.Json("criticality", "--by", "country");

        json.GetProperty("by").GetString().Should().Be("country");
        var tw = json.GetProperty("ranking").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "TW");
        CliRun.Strings(tw.GetProperty("stoppedTargets")).Should().Equal("amd-mi300x", "apple-m4", "google-tpu-v5p", "nvidia-b200", "nvidia-h100");
    }

    [Fact]
    public void Criticality_top_limits_rows()
    {
        var (exit, output, _) = CliRun.Run("criticality", "--top", "3", "--format", "csv");

        exit.Should().Be(0);
        output.TrimEnd('\n').Split('\n').Should().HaveCount(4).And.StartWith("rank,node,targets,nodes,stopped targets");
    }

    [Fact]
    public void Criticality_bad_grouping_is_exit_2()
    {
        var (exit, _, error) = CliRun.Run("criticality", "--by", "firm");

        exit.Should().Be(2);
        error.Should().StartWith("chipchain: error:");
    }
}
