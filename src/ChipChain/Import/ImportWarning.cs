using System.Globalization;

namespace ChipChain.Import;

/// <summary>Something an import accepted but the user should know about, located at a line of an input file.</summary>
/// <param name="File">The file name to show.</param>
/// <param name="Line">The one-based line number, or 0 when the warning concerns the whole file.</param>
/// <param name="Message">What was found and what the import did about it.</param>
public sealed record ImportWarning(string File, int Line, string Message)
{
    /// <summary>The warning as one line: <c>FILE:LINE: warning: MESSAGE</c>.</summary>
    /// <returns>The formatted warning.</returns>
    public override string ToString() => FormatLocation(File, Line) + "warning: " + Message;

    /// <summary>Formats <c>FILE:LINE: </c>, or <c>FILE: </c> when <paramref name="line"/> is 0.</summary>
    internal static string FormatLocation(string file, int line) =>
        line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{IO.DisplayText.Clip(file)}:{line}: ") : IO.DisplayText.Clip(file) + ": ";
}
