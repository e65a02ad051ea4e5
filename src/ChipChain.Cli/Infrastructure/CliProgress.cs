namespace ChipChain.Cli.Infrastructure;

/// <summary>
/// Progress for long work (loading a large graph, rendering thousands of nodes, Monte Carlo risk), on standard error
/// and only when it is a terminal (<see cref="CliEnvironment.ShowProgress"/>): piped, redirected and test runs print
/// nothing extra. The run's environment is ambient (set once per <see cref="CliApp"/> run, flowing with the call) so
/// the shared loader and a command's long step each take progress in one line, without every command passing the
/// environment down.
/// </summary>
internal static class CliProgress
{
    private static readonly AsyncLocal<CliEnvironment?> Current = new();

    /// <summary>Makes <paramref name="environment"/> the one progress is shown for, until the scope is disposed.</summary>
    public static IDisposable Use(CliEnvironment environment)
    {
        var previous = Current.Value;
        Current.Value = environment;
        return new Scope(previous);
    }

    /// <summary>Starts a status line for work described by <paramref name="what"/> (e.g. "loading big.json").</summary>
    /// <returns>The line; dispose it when the work ends. Silent when stderr is not a terminal or no run is current.</returns>
    public static ProgressLine Start(string what) =>
        Current.Value is { ShowProgress: true } environment
            ? new ProgressLine(environment.Error, what, environment.ProgressDelay)
            : ProgressLine.Silent;

    /// <summary>Runs <paramref name="work"/> under a status line that is wiped before anything else is written.</summary>
    /// <returns>What <paramref name="work"/> returns.</returns>
    public static T Run<T>(string what, Func<T> work)
    {
        using var line = Start(what);
        return work();
    }

    private sealed class Scope(CliEnvironment? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
