namespace ChipChain.Cli.Output;

/// <summary>The names of <see cref="OutputFormat"/> on the command line.</summary>
internal static class OutputFormats
{
    public static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Json => "json",
        OutputFormat.Csv => "csv",
        OutputFormat.Markdown => "markdown",
        OutputFormat.Html => "html",
        _ => "text",
    };
}
