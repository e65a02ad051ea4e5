using System.Globalization;

namespace ChipChain.Model;

/// <summary>A one-based line and column in a source file, used to point error messages at the offending text.</summary>
/// <param name="Line">The one-based line number.</param>
/// <param name="Column">The one-based column (in bytes of UTF-8 from the start of the line, plus one).</param>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>Formats the position as <c>LINE:COLUMN</c>.</summary>
    /// <returns>The position as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}");
}
