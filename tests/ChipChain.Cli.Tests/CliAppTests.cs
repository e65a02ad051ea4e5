using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public void Run_unknown_command_exits_two_listing_commands()
    {
        var result = CliRun.Run("frobnicate");
        result.Exit.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("unknown command 'frobnicate'").And.Contain("validate");
    }

    [Fact]
    public void Run_unknown_format_exits_two_with_one_line()
    {
        var result = CliRun.Run("summary", "--format", "xml");
        result.Exit.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("unknown format 'xml'");
    }

    [Fact]
    public void Run_unknown_option_exits_two()
    {
        var result = CliRun.Run("summary", "--frobnicate");
        result.Exit.Should().Be(2);
        result.ErrorLines.Should().ContainSingle();
    }

    [Fact]
    public void Run_help_exits_zero_and_lists_commands()
    {
        var result = CliRun.Run("--help");
        result.Exit.Should().Be(0);
        result.Out.Should().Contain("validate").And.Contain("report").And.Contain("summary");
    }

    [Fact]
    public void Run_missing_file_exits_two_without_stack_trace()
    {
        var result = CliRun.Run("summary", "does-not-exist.json");
        result.Exit.Should().Be(2);
        result.Error.Should().Be("chipchain: error: does-not-exist.json: file not found\n");
    }

    [Fact]
    public void Run_directory_instead_of_file_exits_two()
    {
        var result = CliRun.Run("summary", Path.GetTempPath());
        result.Exit.Should().Be(2);
        result.Error.Should().Contain("is a directory");
    }
}
