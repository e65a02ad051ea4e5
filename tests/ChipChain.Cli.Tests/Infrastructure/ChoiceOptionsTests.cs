using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Infrastructure;

/// <summary>Every choice option is declared one way, so a bad word reads the same for each and case never matters.</summary>
public sealed class ChoiceOptionsTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("criticality --by firm", "unknown value 'firm' for --by: expected node, country (see 'chipchain criticality --help')")]
    [InlineData("spof --fail-on maybe", "unknown value 'maybe' for --fail-on: expected spof (see 'chipchain spof --help')")]
    [InlineData("spof --format xml", "unknown format 'xml' for --format: expected text, json, csv, markdown (see 'chipchain spof --help')")]
    [InlineData("summary --format csv", "unknown format 'csv' for --format: expected text, json, markdown (see 'chipchain summary --help')")]
    [InlineData("export --format xml -o OUT", "unknown format 'xml' for --format: expected graphml, openpsa (see 'chipchain export --help')")]
    [InlineData("import eto DIR -o OUT --subtypes some", "unknown value 'some' for --subtypes: expected all, any (see 'chipchain import eto --help')")]
    [InlineData("render -o OUT --layout fast", "unknown value 'fast' for --layout: expected builtin, graphviz, auto (see 'chipchain render --help')")]
    public void Create_bad_word_is_one_line_naming_the_words(string commandLine, string message)
    {
        var result = CliRun.Run(Args(commandLine));

        result.Exit.Should().Be(2);
        result.Error.Should().Be($"chipchain: error: {message}\n");
        result.Out.Should().BeEmpty();
    }

    [Fact]
    public void Create_words_match_without_regard_to_case()
    {
        var lower = CliRun.Run("criticality", "--by", "country", "--format", "csv", "--top", "3");
        var upper = CliRun.Run("criticality", "--by", "COUNTRY", "--format", "CSV", "--top", "3");

        upper.Exit.Should().Be(0);
        upper.Out.Should().Be(lower.Out).And.StartWith("rank,country,");
    }

    [Fact]
    public void Create_alias_is_accepted_but_not_listed()
    {
        var md = CliRun.Run("spof", "--target", "nvidia-h100", "--format", "md");
        var markdown = CliRun.Run("spof", "--target", "nvidia-h100", "--format", "markdown");

        md.Exit.Should().Be(0);
        md.Out.Should().Be(markdown.Out).And.StartWith("### ");
        CliRun.Run("spof", "--format", "x").Error.Should().NotContain("md");
    }

    [Fact]
    public void Create_option_left_out_takes_its_default()
    {
        var json = CliRun.Json("criticality", "--top", "1");

        json.GetProperty("by").GetString().Should().Be("node");
    }

    [Fact]
    public void CreateRequired_option_left_out_is_a_usage_error()
    {
        var result = CliRun.Run("export", "-o", _files.PathOf("x.graphml"));

        result.Exit.Should().Be(2);
        result.Error.Should().Be("chipchain: error: Option '--format' is required (see 'chipchain export --help')\n");
        File.Exists(_files.PathOf("x.graphml")).Should().BeFalse();
    }

    private string[] Args(string commandLine) =>
        commandLine.Split(' ').Select(a => a switch { "OUT" => _files.PathOf("out.file"), "DIR" => _files.Folder, _ => a }).ToArray();
}
