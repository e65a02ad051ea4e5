using System.CommandLine;
using ChipChain.Cli.Output;

namespace ChipChain.Cli.Infrastructure;

/// <summary>Options most commands share. Each call creates fresh instances (System.CommandLine symbols belong to one command).</summary>
internal static class CommonOptions
{
    public static Argument<string?> File() => new("FILE")
    {
        Description = "The graph file: chipchain/1 JSON or a .ccg snapshot (default: the bundled AI-accelerator sample).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Option<OutputFormat> Format(params OutputFormat[] allowed)
    {
        var option = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format: " + string.Join("|", allowed.Select(OutputFormats.Name)) + ".",
            DefaultValueFactory = _ => OutputFormat.Text,
            CustomParser = result => OutputFormats.Parse(result, allowed),
        };
        return option;
    }

    public static Option<string?> Target(string description = "The target node id (default: every product, else every sink).") =>
        new("--target", "-t") { Description = description };

    public static Option<string?> Output(string description = "The output file (written atomically).") =>
        new("--output", "-o") { Description = description };

    /// <summary><c>--fail-on CONDITION</c>: exit 1 when the analysis finds the condition (for scripts and CI gates).</summary>
    public static Option<string?> FailOn(string condition, string meaning)
    {
        var option = new Option<string?>("--fail-on") { Description = $"Exit with code 1 when {meaning} (--fail-on {condition})." };
        option.AcceptOnlyFromAmong(condition);
        return option;
    }
}
