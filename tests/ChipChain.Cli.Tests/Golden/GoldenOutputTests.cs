using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Golden;

/// <summary>
/// Every documented output of every analysis command, byte for byte, on a frozen copy of the sample graph. Refactors
/// of the library or the CLI must leave these files unchanged; a deliberate change of an output regenerates them
/// with <c>CHIPCHAIN_UPDATE_GOLDEN=1 dotnet test --filter GoldenOutputTests</c> and shows up in review as a diff.
/// </summary>
public sealed class GoldenOutputTests
{
    private static readonly string[] Formats = ["text", "json", "csv", "markdown"];

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var line in CommandLines())
        {
            cases.Add(line);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_of_command_matches_golden_file(string commandLine)
    {
        var args = commandLine.Split(' ')
            .Select(a => a switch { "G" => Folder("sample.json"), "S" => Folder("scenario.json"), _ => a })
            .ToArray();
        // CHIPCHAIN_CLI names an installed tool to check instead of the in-process CLI (CI checks the packed tool).
        var (exit, output, error) = InstalledTool.Executable is { } tool ? InstalledTool.Run(tool, args) : CliRun.Run(args);
        // The frozen inputs' absolute paths differ between clones; the golden files name them relatively.
        var actual = $"exit {exit}\n--- stdout\n{output}--- stderr\n{error}"
            .Replace(Folder("sample.json"), "sample.json", StringComparison.Ordinal)
            .Replace(Folder("scenario.json"), "scenario.json", StringComparison.Ordinal);
        var path = Folder("expected", FileName(commandLine));

        if (Environment.GetEnvironmentVariable("CHIPCHAIN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        File.Exists(path).Should().BeTrue($"the golden file for '{commandLine}' exists (set CHIPCHAIN_UPDATE_GOLDEN=1 to write it)");
        actual.Should().Be(File.ReadAllText(path), $"'{commandLine}' prints what it printed before");
    }

    private static IEnumerable<string> CommandLines()
    {
        foreach (var format in Formats)
        {
            yield return $"summary G --format {format}";
            yield return $"spof G --format {format}";
            yield return $"spof G --target nvidia-h100 --format {format}";
            yield return $"cutsets G --target nvidia-h100 --max-order 2 --format {format}";
            yield return $"criticality G --format {format}";
            yield return $"criticality G --by country --format {format}";
            yield return $"exposure G --target nvidia-h100 --format {format}";
            yield return $"bottlenecks G --target nvidia-h100 --format {format}";
            yield return $"whatif G --fail tsmc --format {format}";
            yield return $"whatif G --scenario S --format {format}";
            yield return $"upstream G asml --format {format}";
            yield return $"downstream G asml --format {format}";
            yield return $"report G --format {format}";
        }

        yield return "bottlenecks G --format json";
        yield return "whatif G --fail-country TW --format json";
        yield return "whatif G --cut US:CN --format json";
        yield return "validate G";
        yield return "spof G --target nvidia-h10";
        yield return "whatif G --fail nope";
    }

    private static string FileName(string commandLine) =>
        string.Join('_', commandLine.Split(' ').Where(a => a is not ("G" or "S" or "--format")).Select(a => a.TrimStart('-').Replace(':', '-'))) + ".txt";

    private static string Folder(params string[] parts) =>
        RepositoryFiles.Path(["tests", "ChipChain.Cli.Tests", "Golden", .. parts]);
}
