using System.Diagnostics;
using System.Text;

namespace ChipChain.Rendering.Layout;

/// <summary>Runs Graphviz <c>dot</c> directly (no shell): DOT text on standard input, its output returned; killed on timeout.</summary>
internal static class GraphvizRunner
{
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

    /// <summary>Runs <c>dot</c> with <paramref name="arguments"/> on <paramref name="input"/>.</summary>
    public static string Run(string input, TimeSpan timeout, params string[] arguments)
    {
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

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException ex)
        {
            throw new GraphvizException($"Graphviz 'dot' stopped reading its input: {error.Result.Trim()}", ex);
        }

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new GraphvizException($"Graphviz 'dot' did not finish within {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var first = error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "no message";
            throw new GraphvizException($"Graphviz 'dot' failed (exit code {process.ExitCode}): {first.Trim()}");
        }

        return output.Result;
    }
}
