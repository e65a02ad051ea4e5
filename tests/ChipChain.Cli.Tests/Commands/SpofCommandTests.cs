using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

public sealed class SpofCommandTests
{
    [Fact]
    public void Spof_target_json_matches_contract_and_sample_facts()
    {
        var json = CliRun.Json("spof", "--target", "nvidia-h100");

        CliRun.Names(json).Should().Equal("target", "singlePointsOfFailure");
        json.GetProperty("target").GetString().Should().Be("nvidia-h100");
        var spofs = json.GetProperty("singlePointsOfFailure").EnumerateArray().ToList();
        spofs.Should().OnlyContain(s => CliRun.Names(s).SequenceEqual(new[] { "id", "name", "kind", "country" }));
        var ids = spofs.Select(s => s.GetProperty("id").GetString()!).ToList();
        ids.Should().BeInAscendingOrder(StringComparer.Ordinal);
        ids.Should().Contain(["asml", "carl-zeiss-smt", "tsmc", "sk-hynix", "ajinomoto"]).And.NotContain("nikon");
        spofs.Single(s => s.GetProperty("id").GetString() == "asml").GetProperty("country").GetString().Should().Be("NL");
    }

    [Fact]
    public void Spof_without_target_lists_every_product()
    {
        var json = CliRun.Json("spof");

        CliRun.Names(json).Should().Equal("targets");
        json.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("target").GetString())
            .Should().BeEquivalentTo("nvidia-h100", "nvidia-b200", "amd-mi300x", "google-tpu-v5p", "apple-m4", "cambricon-mlu590", "huawei-ascend-910b");
    }

    [Fact]
    public void Spof_csv_has_one_row_per_target_and_spof()
    {
        var (exit, output, _) = CliRun.Run("spof", "--target", "nvidia-h100", "--format", "csv");

        exit.Should().Be(0);
        var lines = output.TrimEnd('\n').Split('\n');
        lines[0].Should().Be("target,target name,id,name,kind,country");
        lines.Should().Contain("nvidia-h100,Nvidia H100,asml,ASML,equipment,NL");
    }

    [Fact]
    public void Spof_text_is_deterministic_and_names_the_target()
    {
        var first = CliRun.Run("spof", "--target", "nvidia-h100").Out;

        first.Should().StartWith("nvidia-h100 (").And.Contain("single point(s) of failure").And.Contain("carl-zeiss-smt");
        CliRun.Run("spof", "--target", "nvidia-h100").Out.Should().Be(first);
    }

    [Fact]
    public void Spof_unknown_target_is_one_line_exit_2()
    {
        var (exit, output, error) = CliRun.Run("spof", "--target", "h100");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("chipchain: error: unknown node id 'h100'").And.Contain("nvidia-h100");
        error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Theory]
    [InlineData("nvidia-h10", "did you mean 'nvidia-h100'?")]
    [InlineData("ASML", "did you mean 'asml'?")]
    [InlineData("TSMC", "did you mean 'tsmc'?")]
    public void Spof_unknown_target_suggests_the_nearest_id(string typed, string suggestion)
    {
        var (exit, _, error) = CliRun.Run("spof", "--target", typed);

        exit.Should().Be(2);
        error.Should().StartWith($"chipchain: error: unknown node id '{typed}' given to --target").And.Contain(suggestion);
    }
}
