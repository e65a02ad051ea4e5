using System.CommandLine.Parsing;

namespace ChipChain.Cli.Output;

/// <summary>Parsing and naming of <see cref="OutputFormat"/>.</summary>
internal static class OutputFormats
{
    public static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Json => "json",
        OutputFormat.Csv => "csv",
        OutputFormat.Markdown => "markdown",
        _ => "text",
    };

    public static OutputFormat Parse(ArgumentResult result, OutputFormat[] allowed)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "text";
        foreach (var format in allowed)
        {
            if (string.Equals(Name(format), token, StringComparison.OrdinalIgnoreCase) ||
                (format == OutputFormat.Markdown && string.Equals(token, "md", StringComparison.OrdinalIgnoreCase)))
            {
                return format;
            }
        }

        result.AddError($"unknown format '{token}' for --format: expected {string.Join(", ", allowed.Select(Name))}");
        return OutputFormat.Text;
    }
}
