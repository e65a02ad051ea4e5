namespace ChipChain.Cli.Output;

/// <summary>The output formats of the analysis commands.</summary>
internal enum OutputFormat
{
    /// <summary>A readable table.</summary>
    Text,

    /// <summary>Stable, documented JSON.</summary>
    Json,

    /// <summary>Comma-separated values (RFC 4180).</summary>
    Csv,

    /// <summary>GitHub-flavoured Markdown tables.</summary>
    Markdown,

    /// <summary>A self-contained interactive HTML page (written to a file).</summary>
    Html,
}
