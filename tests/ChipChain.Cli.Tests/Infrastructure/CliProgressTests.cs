using System.Text.RegularExpressions;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Infrastructure;

public sealed partial class CliProgressTests
{
    /// <summary>A run with stderr forced to count as a terminal, the progress line drawn at once.</summary>
    private static CliResult RunOnTerminal(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var environment = new CliEnvironment(stdout, stderr, ShowProgress: true) { ProgressDelay = TimeSpan.Zero };
        var exit = CliApp.Run(args, environment);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Standard error with every drawn-then-wiped progress line taken out.</summary>
    private static string WithoutProgress(string error) => ProgressLines().Replace(error, string.Empty);

    [GeneratedRegex(@"(\r[^\r\n]*…[^\r\n]* s *)+\r *\r")]
    private static partial Regex ProgressLines();

    [Fact]
    public void Run_on_a_terminal_shows_loading_on_stderr_and_wipes_it()
    {
        var result = RunOnTerminal("spof", "--target", "nvidia-h100");

        result.Exit.Should().Be(0);
        result.Error.Should().StartWith("\rloading ai-accelerators.json (bundled sample)… ");
        result.Error.Should().EndWith("\r", "the line is wiped, leaving the cursor where it began");
        WithoutProgress(result.Error).Should().BeEmpty();
    }

    [Theory]
    [InlineData("spof", "--target", "nvidia-h100")]
    [InlineData("report", "--format", "json")]
    [InlineData("risk", "--target", "nvidia-h100", "--method", "montecarlo", "--samples", "2000")]
    public void Run_on_a_terminal_leaves_stdout_byte_identical(params string[] args)
    {
        var redirected = CliRun.Run(args);
        var terminal = RunOnTerminal(args);

        terminal.Out.Should().Be(redirected.Out);
        terminal.Exit.Should().Be(redirected.Exit);
        WithoutProgress(terminal.Error).Should().Be(redirected.Error);
    }

    [Fact]
    public void Run_redirected_writes_no_progress()
    {
        var result = CliRun.Run("risk", "--target", "nvidia-h100", "--method", "montecarlo", "--samples", "2000");

        result.Exit.Should().Be(0);
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Run_risk_on_a_terminal_names_the_computation()
    {
        var result = RunOnTerminal("risk", "--target", "nvidia-h100", "--method", "montecarlo", "--samples", "2000");

        result.Error.Should().Contain("\rcomputing the risk of nvidia-h100… ");
    }

    [Fact]
    public void Run_on_a_terminal_with_bad_input_wipes_the_line_before_the_error()
    {
        var result = RunOnTerminal("validate", "no-such-file.json");

        result.Exit.Should().Be(2);
        WithoutProgress(result.Error).Should().StartWith("chipchain: error: ").And.NotContain("\r");
    }

    [Fact]
    public void Start_without_a_terminal_is_silent()
    {
        using var stderr = new StringWriter();
        using (CliProgress.Use(new CliEnvironment(TextWriter.Null, stderr, ShowProgress: false) { ProgressDelay = TimeSpan.Zero }))
        using (CliProgress.Start("loading x"))
        {
        }

        stderr.ToString().Should().BeEmpty();
    }
}
