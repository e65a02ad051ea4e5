using System.Diagnostics;

namespace ChipChain.Cli.Tests.Support;

/// <summary>Runs the built <c>chipchain</c> as a child process, for what needs a real process: signals, standard error on a device, child processes.</summary>
internal static class CliProcess
{
    /// <summary>The built tool beside the test assembly (the project reference copies it there).</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "ChipChain.Cli.dll");

    /// <summary>Skips the test unless the tool is built and the system is Linux (signals, /proc, /dev/full).</summary>
    public static void RequireLinuxAndTool()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs Linux: signals, /proc and /dev/full");
        Skip.IfNot(File.Exists(Dll), $"the built tool is not at {Dll}");
    }

    /// <summary>Starts <c>dotnet ChipChain.Cli.dll ARGS</c> in <paramref name="folder"/>, output redirected.</summary>
    public static Process Start(string folder, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs a shell command line (for redirections such as <c>2&gt;/dev/full</c>); <c>$CHIPCHAIN</c> is the tool.</summary>
    public static (int Exit, string Out, string Error) Shell(string folder, string commandLine, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(commandLine);
        start.Environment["CHIPCHAIN"] = $"{Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet"} {Dll}";
        using var process = Process.Start(start)!;
        return Finish(process, timeout);
    }

    /// <summary>Waits for the process and collects its output; kills it (and fails) when it overruns.</summary>
    public static (int Exit, string Out, string Error) Finish(Process process, TimeSpan timeout)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chipchain did not finish within {timeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Sends a signal (INT, TERM) with kill(1).</summary>
    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>The ids of the direct children of <paramref name="pid"/> (from /proc).</summary>
    public static int[] Children(int pid)
    {
        var tasks = $"/proc/{pid}/task";
        if (!Directory.Exists(tasks))
        {
            return [];
        }

        return [.. Directory.GetDirectories(tasks)
            .Select(t => Path.Combine(t, "children"))
            .Where(File.Exists)
            .SelectMany(f => File.ReadAllText(f).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(int.Parse)];
    }

    /// <summary>Whether a process id is alive (a zombie counts as gone).</summary>
    public static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        try
        {
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..][0];
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds or <paramref name="timeout"/> passes.</summary>
    public static bool WaitFor(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(20);
        }

        return condition();
    }
}
