namespace ChipChain.Cli.Infrastructure;

/// <summary>Where a command writes: standard output and error, so tests can run the CLI in-process.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="ShowProgress">Whether long work may report progress on <paramref name="Error"/> (only on a terminal).</param>
/// <param name="Cancellation">Cancelled on Ctrl-C or SIGTERM: stops external processes and file writes.</param>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool ShowProgress, CancellationToken Cancellation = default)
{
    /// <summary>How long work runs before its progress line appears: quick commands show none (tests set zero).</summary>
    public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(1);
}
