using System.Globalization;
using System.Text;

namespace ChipChain.IO;

/// <summary>Makes user-supplied values safe to quote in a one-line message: control characters shown as escapes, long values shortened with an ellipsis.</summary>
internal static class DisplayText
{
    /// <summary>The longest value quoted in a message, in characters.</summary>
    public const int MaximumValueLength = 120;

    /// <summary>The longest message line, in characters.</summary>
    public const int MaximumLineLength = 300;

    /// <summary>
    /// <paramref name="value"/> on one line (control characters as <c>\n</c>, <c>\t</c> or <c>\u00XX</c>), cut in
    /// the middle with "…" when longer than <paramref name="maximum"/>, keeping both ends (a path's file name, an id's tail).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="maximum">The longest result.</param>
    /// <returns>The printable value.</returns>
    public static string Clip(string value, int maximum = MaximumValueLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = OneLine(value);
        if (text.Length <= maximum || maximum < 3)
        {
            return text;
        }

        var head = (maximum - 1) / 2;
        var tail = maximum - 1 - head;
        return string.Concat(text.AsSpan(0, head), "…", text.AsSpan(text.Length - tail));
    }

    /// <summary><paramref name="value"/> with every control character written as an escape, so it cannot break a line.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The same text on one line.</returns>
    public static string OneLine(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(char.IsControl))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
