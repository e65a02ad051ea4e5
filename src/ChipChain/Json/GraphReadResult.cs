using ChipChain.Model;
using ChipChain.Validation;

namespace ChipChain.Json;

/// <summary>The outcome of reading a graph file: the graph (when it has no errors) and every diagnostic found.</summary>
internal sealed class GraphReadResult
{
    internal GraphReadResult(string file, SupplyGraph? graph, IReadOnlyList<Diagnostic> diagnostics, bool isSnapshot = false)
    {
        File = file;
        Graph = graph;
        Diagnostics = diagnostics;
        IsSnapshot = isSnapshot;
    }

    /// <summary>Whether the file was read as a binary snapshot rather than as JSON.</summary>
    public bool IsSnapshot { get; }

    /// <summary>The file name used in messages.</summary>
    public string File { get; }

    /// <summary>The graph, or <see langword="null"/> when the file has errors.</summary>
    public SupplyGraph? Graph { get; }

    /// <summary>Every error and warning, errors first in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
