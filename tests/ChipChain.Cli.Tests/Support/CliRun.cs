using System.Text.Json;

namespace ChipChain.Cli.Tests.Support;

/// <summary>Runs the command line in-process.</summary>
internal static class CliRun
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
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
