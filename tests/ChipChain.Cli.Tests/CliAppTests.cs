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

    [Fact]
    public void IsBadInput_problems_wrapped_by_parallel_work_are_the_first_of_them()
    {
        // An analysis on several cores that first reads a snapshot's shares reports a changed file wrapped, once per core.
        var wrapped = new AggregateException(new AggregateException(new IOException("g.ccg: snapshot checksum mismatch")), new UnauthorizedAccessException("g.ccg: permission denied"));
        CliApp.IsBadInput(wrapped).Should().BeOfType<UnauthorizedAccessException>().Which.Message.Should().Be("g.ccg: permission denied");
        CliApp.IsBadInput(new AggregateException(new AggregateException(new IOException("g.ccg: snapshot checksum mismatch"))))!.Message.Should().Be("g.ccg: snapshot checksum mismatch");
    }

    [Fact]
    public void IsBadInput_a_fault_wrapped_beside_input_problems_is_a_fault()
    {
        var wrapped = new AggregateException(new IOException("g.ccg: snapshot checksum mismatch"), new InvalidOperationException("bug"));
        CliApp.IsBadInput(wrapped).Should().BeNull();
        CliApp.IsBadInput(new InvalidOperationException("bug")).Should().BeNull();
    }
}
