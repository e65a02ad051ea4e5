using System.Globalization;
using System.Text;

namespace ChipChain.Cli.Output;

/// <summary>
/// Escapes text for Markdown inline positions (table cells, headings, list items), one-to-one so distinct ids stay
/// distinct: backslash, '|' and '`' are backslash-escaped; '&amp;', '&lt;' and '&gt;' become entities (no raw
/// HTML); control characters, CR and LF included, become numeric entities (a row never splits).
/// </summary>
internal static class MarkdownText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("\\|`&<>") < 0 && !text.Any(char.IsControl))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '|' or '`':
                    sb.Append('\\').Append(c);
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case var _ when char.IsControl(c):
                    sb.Append(CultureInfo.InvariantCulture, $"&#{(int)c};");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
