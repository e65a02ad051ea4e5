using System.Globalization;
using System.Text;

namespace ChipChain.Rendering.Styling;

/// <summary>Turns model ids into identifiers every output accepts (letters, digits, '_'); one-to-one, so distinct ids stay distinct.</summary>
internal static class Identifiers
{
    /// <summary>ASCII letters and digits stay; every other character becomes <c>_xxxx</c> (its UTF-16 code in hex), '_' included.</summary>
    public static string Safe(string id)
    {
        var sb = new StringBuilder(id.Length + 8);
        foreach (var c in id)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c == '-')
            {
                sb.Append("__");
            }
            else
            {
                sb.Append('_').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
