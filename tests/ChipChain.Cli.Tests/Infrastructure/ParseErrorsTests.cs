using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Infrastructure;

/// <summary>A failed parse is one line built from what the parse found, never a .NET type name or a stack trace.</summary>
public sealed class ParseErrorsTests
{
    [Theory]
    [InlineData("cutsets", "Option '--target' is required (see 'chipchain cutsets --help')")]
    [InlineData("spof --target", "Required argument missing for option: '--target' (see 'chipchain spof --help')")]
    [InlineData("criticality --by node --by country", "Option '--by' expects a single argument but 2 were provided (see 'chipchain criticality --help')")]
    [InlineData("upstream", "Required argument missing for command: 'upstream' (see 'chipchain upstream --help')")]
    [InlineData("spof --top 3", "Unrecognized command or argument '3' (see 'chipchain spof --help')")]
    [InlineData("import eto", "Option '--output' is required (see 'chipchain import eto --help')")]
    public void Describe_structural_problem_is_one_line_with_the_command_help(string commandLine, string message)
    {
        var result = CliRun.Run(commandLine.Split(' '));

        result.Exit.Should().Be(2);
        result.Error.Should().Be($"chipchain: error: {message}\n");
    }

    [Theory]
    [InlineData("criticality --top abc", "--top takes a whole number, got 'abc'")]
    [InlineData("criticality --top -1", "--top must be zero (all) or more")]
    [InlineData("cutsets --target nvidia-h100 --order 2.5", "--order takes a whole number, got '2.5'")]
    [InlineData("upstream asml --depth deep", "--depth takes a whole number, got 'deep'")]
    [InlineData("generate --nodes 1e3 -o out.json", "--nodes takes a whole number, got '1e3'")]
    [InlineData("generate --nodes 10 --cycles lots -o out.json", "--cycles takes a number, got 'lots'")]
    public void Describe_bad_number_uses_the_tools_wording(string commandLine, string message)
    {
        var result = CliRun.Run(commandLine.Split(' '));

        result.Exit.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"chipchain: error: {message} (see ");
        result.Error.Should().NotContain("System.");
    }

    [Fact]
    public void Describe_numbers_parse_without_regard_to_culture()
    {
        var result = CliRun.Run("generate", "--nodes", "10", "--cycles", "0.25", "--avg-suppliers", "1.5e0", "-o", Path.Combine(Path.GetTempPath(), "chipchain-no-such-folder", "g.json"));

        // The values parse; the run stops only at the output folder, which does not exist.
        result.Error.Should().Contain("the folder does not exist");
    }
}
