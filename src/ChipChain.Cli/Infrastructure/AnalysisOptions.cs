using System.CommandLine;

namespace ChipChain.Cli.Infrastructure;

/// <summary>Options the failure-analysis commands share.</summary>
internal static class AnalysisOptions
{
    public static Option<string> RequiredTarget(string description = "The target node id.") =>
        new("--target", "-t") { Description = description, Required = true };

    public static Option<int> Top() => new("--top")
    {
        Description = "Show only the first N rows (default: all).",
        DefaultValueFactory = _ => 0,
        CustomParser = NumberOptions.Parser<int>("--top", n => n >= 0, "--top must be zero (all) or more"),
    };

    public static IEnumerable<T> Take<T>(IEnumerable<T> rows, int top) => top > 0 ? rows.Take(top) : rows;
}
