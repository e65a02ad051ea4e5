using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Validation;

/// <summary>One problem found in a graph file: what, where (line, column, JSON path) and how serious.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong, naming the offending id or value.</param>
/// <param name="Path">The JSON path of the offending value, such as <c>$.links[3].supplier</c>, if known.</param>
/// <param name="Position">The line and column, if known.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Message, string? Path, SourcePosition? Position)
{
    /// <summary>Formats the diagnostic as one line: <c>FILE:LINE:COLUMN: error: message (at PATH)</c>.</summary>
    /// <param name="file">The file name to show.</param>
    /// <returns>The one-line message.</returns>
    public string Format(string file) =>
        $"{Location(file)}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}{PathSuffix}";

    /// <summary>Formats the diagnostic without its severity, for callers that say it themselves: <c>FILE:LINE:COLUMN: message (at PATH)</c>.</summary>
    /// <param name="file">The file name to show.</param>
    /// <returns>The one-line message.</returns>
    public string Describe(string file) => $"{Location(file)}: {Message}{PathSuffix}";

    private string PathSuffix => Path is null ? string.Empty : $" (at {Path})";

    private string Location(string file) =>
        Position is { } p ? string.Create(CultureInfo.InvariantCulture, $"{file}:{p.Line}:{p.Column}") : file;
}
