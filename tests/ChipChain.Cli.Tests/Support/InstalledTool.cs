using System.Diagnostics;

namespace ChipChain.Cli.Tests.Support;

/// <summary>
/// An installed <c>chipchain</c> executable named by <c>CHIPCHAIN_CLI</c>, so the outputs pinned for the in-process
/// CLI can also be checked against the packed tool (natively compiled on linux-x64). CI sets it after installing.
/// </summary>
internal static class InstalledTool
{
    /// <summary>The executable named by <c>CHIPCHAIN_CLI</c>, or null to run in-process.</summary>
    public static string? Executable => Environment.GetEnvironmentVariable("CHIPCHAIN_CLI") is { Length: > 0 } path ? path : null;

    /// <summary>Runs the executable with <paramref name="args"/>, standard input empty.</summary>
    public static CliResult Run(string executable, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        var (exit, output, error) = CliProcess.Finish(process, TimeSpan.FromMinutes(2));
        return new CliResult(exit, output, error);
    }
}
