using ChipChain.Validation;

namespace ChipChain.Model;

/// <summary>
/// The exception ChipChain throws for bad input and for analyses past their bounds. <see cref="Kind"/> says what went
/// wrong; <see cref="File"/>, <see cref="Position"/> and <see cref="Diagnostics"/> say where, when the input came from a
/// file. The message is one line naming the file, line and column, ready to show. One kind has its own type because
/// callers handle it differently: <see cref="ChipChain.Analysis.AnalysisLimitException"/>, the input is fine but the
/// analysis would exceed a documented bound. A file the operating system cannot open throws .NET's own
/// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.
/// </summary>
public class SupplyGraphException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SupplyGraphException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public SupplyGraphException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SupplyGraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with its kind and, when the problem is in a file, where.</summary>
    /// <param name="message">What is wrong, one line.</param>
    /// <param name="kind">The kind of problem.</param>
    /// <param name="file">The input file, if the problem is in one.</param>
    /// <param name="position">The line and column in the file, if known.</param>
    /// <param name="innerException">The cause, if any.</param>
    internal SupplyGraphException(string message, SupplyGraphProblem kind, string? file = null, SourcePosition? position = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        File = file;
        Position = position;
    }

    /// <summary>What kind of problem this is.</summary>
    public SupplyGraphProblem Kind { get; }

    /// <summary>The input file the problem is in, as the caller named it; null when the input was not a file.</summary>
    public string? File { get; }

    /// <summary>The line and column of the problem in <see cref="File"/> (column 1 when only the line is known); null when unknown.</summary>
    public SourcePosition? Position { get; }

    /// <summary>Every problem found when a graph file was checked as a whole (<see cref="SupplyGraphProblem.InvalidGraph"/>), errors and warnings, in file order; otherwise empty.</summary>
    public virtual IReadOnlyList<Diagnostic> Diagnostics => [];
}
