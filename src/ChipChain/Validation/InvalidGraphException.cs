using ChipChain.Model;

namespace ChipChain.Validation;

/// <summary>A graph file has errors; <see cref="Diagnostics"/> lists all of them.</summary>
internal sealed class InvalidGraphException : SupplyGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file name used in messages.</param>
    /// <param name="diagnostics">Every problem found (at least one error).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public InvalidGraphException(string file, IReadOnlyList<Diagnostic> diagnostics)
        : base(FirstError(file, diagnostics), SupplyGraphProblem.InvalidGraph, file, First(diagnostics)?.Position)
    {
        _diagnostics = diagnostics;
    }

    private readonly IReadOnlyList<Diagnostic> _diagnostics;

    /// <summary>Every problem found, errors and warnings, in file order.</summary>
    public override IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The diagnostic the message reports: the first error, else the first diagnostic.</summary>
    private static Diagnostic? First(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? diagnostics.FirstOrDefault();

    private static string FirstError(string file, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var first = First(diagnostics);
        return first?.Format(file) ?? $"{file}: error: invalid graph";
    }
}
