using ChipChain.Model;

namespace ChipChain.Tests.Model;

public sealed class NearestIdsTests
{
    private static readonly string[] Ids = ["asml", "euv-maker", "nvidia-h100", "nvidia-b200", "tsmc"];

    [Theory]
    [InlineData("euv-makr", "euv-maker")]
    [InlineData("nvidia-h10", "nvidia-h100")]
    [InlineData("ASML", "asml")]
    [InlineData("tsmd", "tsmc")]
    public void Suggest_typo_or_case_gives_the_closest_id(string unknown, string expected)
    {
        NearestIds.Suggest(Ids, unknown).Should().Be(expected);
    }

    [Theory]
    [InlineData("zzzz")]
    [InlineData("samsung")]
    [InlineData("")]
    public void Suggest_nothing_close_gives_null(string unknown)
    {
        NearestIds.Suggest(Ids, unknown).Should().BeNull();
    }

    [Fact]
    public void Suggest_ties_go_to_the_ordinally_smallest_id()
    {
        NearestIds.Suggest(["ab-2", "ab-1"], "ab-3").Should().Be("ab-1");
    }
}
