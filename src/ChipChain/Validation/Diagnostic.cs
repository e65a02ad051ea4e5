using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Validation;

/// <summary>One problem found in a graph file: what, where (line, column, JSON path) and whether it is an error. Immutable.</summary>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="severity">Error or warning.</param>
    /// <param name="message">What is wrong, naming the offending id or value.</param>
    /// <param name="path">The JSON path of the offending value, if known.</param>
    /// <param name="position">The line and column, if known.</param>
    internal Diagnostic(DiagnosticSeverity severity, string message, string? path, SourcePosition? position)
    {
        Severity = severity;
        Message = message;
        Path = path;
        Position = position;
    }

    /// <summary>Whether the problem is an error (the file is refused) rather than a warning.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>What is wrong, naming the offending id or value.</summary>
    public string Message { get; }

    /// <summary>The JSON path of the offending value, such as <c>$.links[3].supplier</c>, if known.</summary>
    public string? Path { get; }

    /// <summary>The line and column, if known.</summary>
    public SourcePosition? Position { get; }

    /// <summary>Error or warning: <see cref="IsError"/> for callers, the enum for the readers that build diagnostics.</summary>
    internal DiagnosticSeverity Severity { get; }

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
