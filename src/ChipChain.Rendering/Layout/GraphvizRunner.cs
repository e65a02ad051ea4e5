using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ChipChain.Rendering.Layout;

/// <summary>
/// Runs Graphviz <c>dot</c> directly (no shell): DOT text on standard input, its output returned. <c>dot</c> never
/// outlives its use: it is killed (with any children) on timeout, on cancellation, and when this process exits.
/// </summary>
internal static class GraphvizRunner
{
    private static readonly ConcurrentDictionary<Process, byte> Running = new();

    static GraphvizRunner() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var process in Running.Keys)
        {
            Kill(process);
        }
    };

    /// <summary>The full path of <c>dot</c> on the PATH, or <see langword="null"/>.</summary>
    public static string? FindDot()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "dot.exe" } : ["dot"];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Runs <c>dot</c> with <paramref name="arguments"/> on <paramref name="input"/>; cancellation kills it and throws <see cref="OperationCanceledException"/>.</summary>
    public static string Run(string input, TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var dot = FindDot() ?? throw new GraphvizException("Graphviz 'dot' is not on the PATH (install Graphviz, or use the built-in layout)");
        var start = new ProcessStartInfo(dot)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new GraphvizException($"cannot start Graphviz 'dot': {ex.Message}", ex);
        }

        Running.TryAdd(process, 0);
        try
        {
            using var cancel = cancellationToken.Register(() => Kill(process));
            return Finish(process, input, timeout, cancellationToken);
        }
        finally
        {
            Running.TryRemove(process, out _);
            Kill(process);
        }
    }

    private static string Finish(Process process, string input, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException ex)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new GraphvizException($"Graphviz 'dot' stopped reading its input: {FirstLine(error.Result)}", ex);
        }

        if (!process.WaitForExit(timeout))
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new GraphvizException(string.Create(CultureInfo.InvariantCulture, $"Graphviz 'dot' did not finish within {timeout.TotalSeconds:0.#} s and was stopped (a smaller diagram or a longer --timeout may help)"));
        }

        process.WaitForExit();
        cancellationToken.ThrowIfCancellationRequested();
        if (process.ExitCode != 0)
        {
            throw new GraphvizException($"Graphviz 'dot' failed (exit code {process.ExitCode}): {FirstLine(error.Result)}");
        }

        return output.Result;
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "no message";

    /// <summary>Stops <paramref name="process"/> and its children, if it still runs.</summary>
    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone, or never started.
        }
    }
}
