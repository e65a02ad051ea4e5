using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

public sealed class CutSetsCommandTests
{
    [Fact]
    public void Cutsets_json_matches_contract_with_hoya_agc_pair()
    {
        var json = CliRun.Json("cutsets", "--target", "nvidia-h100", "--order", "2");

        CliRun.Names(json).Should().Equal("target", "order", "cutSets");
        json.GetProperty("target").GetString().Should().Be("nvidia-h100");
        json.GetProperty("order").GetInt32().Should().Be(2);
        var sets = json.GetProperty("cutSets").EnumerateArray().Select(CliRun.Strings).ToList();
        sets.Should().ContainEquivalentOf(new[] { "agc", "hoya" });
        sets.Should().OnlyContain(s => s.SequenceEqual(s.Order(StringComparer.Ordinal)));
        var keys = sets.Select(s => (s.Length, string.Join("\u0001", s))).ToList();
        keys.Should().BeInAscendingOrder(Comparer<(int, string)>.Create((a, b) =>
            a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : string.CompareOrdinal(a.Item2, b.Item2)));
        sets.Where(s => s.Length == 1).Select(s => s[0]).Should().Contain("asml").And.NotContain("nvidia-h100");
    }

    [Fact]
    public void Cutsets_text_summarises_counts_by_size()
    {
        var (exit, output, _) = CliRun.Run("cutsets", "--target", "nvidia-h100");

        exit.Should().Be(0);
        output.Should().StartWith("Minimal cut sets of nvidia-h100 (Nvidia H100) up to order 2:").And.Contain("agc (AGC), hoya (HOYA)");
    }

    [Theory]
    [InlineData("--order", "5")]
    [InlineData("--order", "0")]
    public void Cutsets_order_out_of_range_is_exit_2(string option, string value)
    {
        var (exit, _, error) = CliRun.Run("cutsets", "--target", "nvidia-h100", option, value);

        exit.Should().Be(2);
        error.Should().Contain("--order must be between 1 and 4");
    }

    [Fact]
    public void Cutsets_without_target_is_exit_2()
    {
        var (exit, _, error) = CliRun.Run("cutsets");

        exit.Should().Be(2);
        error.Should().Contain("--target");
    }
}
