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
        // "md" is accepted for markdown, unlisted.
        (string, OutputFormat)[] markdown = allowed.Contains(OutputFormat.Markdown) ? [("md", OutputFormat.Markdown)] : [];
        var option = ChoiceOptions.Create(
            "--format",
            "Output format: " + string.Join("|", allowed.Select(OutputFormats.Name)) + ".",
            OutputFormat.Text,
            [.. allowed.Select(f => (OutputFormats.Name(f), f)), .. markdown]);
        option.Aliases.Add("-f");
        return option;
    }

    public static Option<string?> Target(string description = "The target node id (default: every product, else every sink).") =>
        new("--target", "-t") { Description = description };

    public static Option<string?> Output(string description = "The output file (written atomically).") =>
        new("--output", "-o") { Description = description };

    /// <summary><c>--fail-on CONDITION</c>: exit 1 when the analysis finds the condition (for scripts and CI gates).</summary>
    public static Option<string?> FailOn(string condition, string meaning) =>
        ChoiceOptions.Create<string?>("--fail-on", $"Exit with code 1 when {meaning} (--fail-on {condition}).", null, (condition, condition));
}
