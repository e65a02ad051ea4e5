using System.Globalization;
using System.Text;

namespace ChipChain.Export;

/// <summary>
/// Turns node ids into Open-PSA MEF identifiers. MEF names are XML NCNames without dots, with single dashes only
/// between other characters (<c>[^\-.]+(-[^\-.]+)*</c>), while node ids are free text, so the mapping escapes: ASCII
/// letters and digits stay, a dash stays when it sits between two of them, <c>_</c> becomes <c>__</c> and every
/// other character (or a leading digit) becomes <c>_xHHHH_</c>. The mapping is injective, and gate names append a
/// suffix starting with <c>_</c> and a letter other than <c>x</c>, which no escaped id can produce, so gate and
/// basic-event names never collide. Typical ids (<c>nvidia-h100</c>, <c>carl-zeiss-smt</c>) are unchanged.
/// </summary>
internal static class OpenPsaNames
{
    /// <summary>The name of the basic event "node fails on its own": the escaped node id.</summary>
    /// <param name="nodeId">The node id.</param>
    /// <returns>A valid MEF identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is null.</exception>
    public static string BasicEvent(string nodeId)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        var sb = new StringBuilder(nodeId.Length + 8);
        for (var i = 0; i < nodeId.Length; i++)
        {
            var c = nodeId[i];
            var keep = char.IsAsciiLetter(c) || (char.IsAsciiDigit(c) && i > 0)
                || (c == '-' && i > 0 && i < nodeId.Length - 1 && char.IsAsciiLetterOrDigit(nodeId[i - 1]) && char.IsAsciiLetterOrDigit(nodeId[i + 1]));
            if (keep)
            {
                sb.Append(c);
            }
            else if (c == '_')
            {
                sb.Append("__");
            }
            else
            {
                sb.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return sb.ToString();
    }

    /// <summary>The name of the gate "node unavailable"; <paramref name="variant"/> &gt; 1 names a path-dependent copy.</summary>
    /// <param name="nodeId">The node id.</param>
    /// <param name="variant">1 for the node's first gate, 2.. for the copies that cycles force.</param>
    /// <returns>A valid MEF identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is null.</exception>
    public static string NodeGate(string nodeId, int variant = 1) => BasicEvent(nodeId) + "_unavailable" + Variant(variant);

    /// <summary>The name of the gate "every supplier of the node's item number <paramref name="item"/> (1-based) is unavailable".</summary>
    /// <param name="nodeId">The consumer's id.</param>
    /// <param name="item">The item's 1-based position among the node's items.</param>
    /// <param name="variant">The variant of the consumer's gate it belongs to.</param>
    /// <returns>A valid MEF identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is null.</exception>
    public static string ItemGate(string nodeId, int item, int variant = 1) =>
        BasicEvent(nodeId) + "_item" + item.ToString(CultureInfo.InvariantCulture) + Variant(variant);

    private static string Variant(int variant) => variant <= 1 ? string.Empty : "_v" + variant.ToString(CultureInfo.InvariantCulture);
}
