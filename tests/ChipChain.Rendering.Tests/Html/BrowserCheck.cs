using System.Diagnostics;
using System.Text.Json;

namespace ChipChain.Rendering.Tests.Html;

/// <summary>Runs tests/browser/report-check.mjs (Node.js + playwright-core driving headless Chromium) on a report.</summary>
internal static class BrowserCheck
{
    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";

    private static string Script => RepositoryFiles.Path("tests", "browser", "report-check.mjs");

    /// <summary>What is missing to run the check, or <see langword="null"/>.</summary>
    public static string? Missing()
    {
        if (!File.Exists(Chromium))
        {
            return $"no Chromium at {Chromium} (apt-get install chromium, or set CHROMIUM)";
        }

        if (FindOnPath("node") is null)
        {
            return "node is not on the PATH";
        }

        return Directory.Exists(RepositoryFiles.Path("tests", "browser", "node_modules", "playwright-core"))
            ? null
            : "playwright-core is not installed (npm install --prefix tests/browser)";
    }

    public static JsonElement Run(params string[] args) => RunScript(Script, args);

    /// <summary>Runs another script of tests/browser (by file name) and parses the JSON it prints.</summary>
    public static JsonElement RunScript(string script, params string[] args)
    {
        var start = new ProcessStartInfo(FindOnPath("node")!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.IsPathRooted(script) ? script : RepositoryFiles.Path("tests", "browser", script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the browser check did not finish within 180 s");
        }

        process.ExitCode.Should().Be(0, stderr.Result);
        using var document = JsonDocument.Parse(stdout.Result);
        return document.RootElement.Clone();
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
