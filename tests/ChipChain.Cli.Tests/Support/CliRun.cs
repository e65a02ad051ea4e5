using System.Text.Json;

namespace ChipChain.Cli.Tests.Support;

/// <summary>The result of one in-process run of the CLI.</summary>
internal sealed record CliResult(int Exit, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs <c>chipchain</c> in-process: arguments in; standard output, error and exit code out.</summary>
internal static class CliRun
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs and parses standard output as JSON, asserting success.</summary>
    public static JsonElement Json(params string[] args)
    {
        var (exit, output, error) = Run([.. args, "--format", "json"]);
        exit.Should().Be(0, error);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    public static string[] Names(JsonElement obj) => obj.EnumerateObject().Select(p => p.Name).ToArray();

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
