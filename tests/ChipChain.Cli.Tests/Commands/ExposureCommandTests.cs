using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

public sealed class ExposureCommandTests
{
    [Fact]
    public void Exposure_json_matches_contract_sorted_by_loss_then_id()
    {
        var json = CliRun.Json("exposure", "--target", "nvidia-h100");

        CliRun.Names(json).Should().Equal("target", "exposure");
        json.GetProperty("target").GetString().Should().Be("nvidia-h100");
        var rows = json.GetProperty("exposure").EnumerateArray().Select(e =>
        {
            CliRun.Names(e).Should().Equal("id", "name", "loss");
            return (Id: e.GetProperty("id").GetString()!, Loss: e.GetProperty("loss").GetDouble());
        }).ToList();
        for (var k = 1; k < rows.Count; k++)
        {
            (rows[k - 1].Loss > rows[k].Loss || (rows[k - 1].Loss == rows[k].Loss && string.CompareOrdinal(rows[k - 1].Id, rows[k].Id) < 0)).Should().BeTrue();
        }

        rows.Single(r => r.Id == "asml").Loss.Should().Be(1);
        rows.Single(r => r.Id == "ibiden").Loss.Should().BeApproximately(0.6, 1e-9);
    }

    [Fact]
    public void Exposure_text_shows_percentages()
    {
        var (exit, output, _) = CliRun.Run("exposure", "--target", "nvidia-h100", "--top", "2");

        exit.Should().Be(0);
        output.Should().Contain("100.0 %").And.StartWith("Exposure of nvidia-h100");
    }
}
