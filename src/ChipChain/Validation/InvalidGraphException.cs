using ChipChain.Model;

namespace ChipChain.Validation;

/// <summary>A graph file has errors; <see cref="Diagnostics"/> lists all of them.</summary>
public sealed class InvalidGraphException : SupplyGraphException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file name used in messages.</param>
    /// <param name="diagnostics">Every problem found (at least one error).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public InvalidGraphException(string file, IReadOnlyList<Diagnostic> diagnostics)
        : base(FirstError(file, diagnostics))
    {
        File = file;
        Diagnostics = diagnostics;
    }

    /// <summary>The file name used in messages.</summary>
    public string File { get; }

    /// <summary>Every problem found, errors and warnings, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string FirstError(string file, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var first = diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? diagnostics.FirstOrDefault();
        return first?.Format(file) ?? $"{file}: error: invalid graph";
    }
}
