using System.Globalization;
using System.Text;
using System.Xml;

namespace ChipChain.Export;

/// <summary>The XML writer settings and text clean-up the exporters share, so that their output is deterministic and well-formed.</summary>
internal static class XmlOutput
{
    /// <summary>UTF-8 without byte-order mark, two-space indents, LF line ends.</summary>
    public static XmlWriter Create(Stream stream) => XmlWriter.Create(stream, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    });

    /// <summary>Runs <paramref name="write"/> on an in-memory stream and returns the text.</summary>
    public static string ToText(Action<Stream> write)
    {
        using var memory = new MemoryStream();
        write(memory);
        return new UTF8Encoding(false).GetString(memory.ToArray());
    }

    /// <summary>
    /// <paramref name="text"/> with the characters XML 1.0 cannot carry (most control characters, unpaired
    /// surrogates) replaced by U+FFFD, so that free-text names never make the document malformed.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var ok = paired || (XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c));
            if (!ok && sb is null)
            {
                sb = new StringBuilder(text.Length).Append(text, 0, i);
            }

            if (sb is not null)
            {
                sb.Append(ok ? c : '\uFFFD');
                if (paired)
                {
                    sb.Append(text[i + 1]);
                }
            }

            if (paired)
            {
                i++;
            }
        }

        return sb?.ToString() ?? text;
    }

    /// <summary>A number in invariant culture that parses back to the same double.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
