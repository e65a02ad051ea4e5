using System.Globalization;
using System.Text;

namespace ChipChain.Rendering.Svg;

/// <summary>Escaping and number formatting for hand-written XML.</summary>
internal static class XmlText
{
    /// <summary>Text safe inside an element or a double-quoted attribute; characters XML cannot carry become spaces.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                case '\n': sb.Append("&#10;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        sb.Append(c < ' ' || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c) ? ' ' : c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A number with at most two decimals, invariant culture.</summary>
    public static string Number(double value)
    {
        var s = Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
        return s == "-0" ? "0" : s;
    }
}
