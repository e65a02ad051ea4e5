using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Import;

/// <summary>
/// An input file cannot be imported: malformed CSV, a missing column, a bad value. The message starts with
/// <c>FILE:LINE:</c> so that it points at the offending record.
/// </summary>
internal sealed class ImportException : SupplyGraphException
{
    /// <summary>Creates the exception for a problem at a line of a file.</summary>
    /// <param name="file">The file name to show.</param>
    /// <param name="line">The one-based line number, or 0 when the problem concerns the whole file.</param>
    /// <param name="problem">What is wrong, without the location.</param>
    public ImportException(string file, int line, string problem)
        : base(ImportWarning.FormatLocation(file, line) + problem, SupplyGraphProblem.InvalidImport, file, line > 0 ? new SourcePosition(line, 1) : null)
    {
        Line = line;
        Problem = problem;
    }


    /// <summary>The one-based line number, or 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{nameof(ImportException)}: {Message}");
}
