using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ChipChain.Json;

/// <summary>The step the fast parsers take inside an element object: the next property, the end, or a bail-out.</summary>
internal static class FastProperty
{
    /// <summary>
    /// Moves to the next property of the current object and onto its value. Returns <see langword="null"/> with
    /// <paramref name="name"/> set when there is a property; otherwise <see cref="FastElementResult.Parsed"/> at the
    /// end of the object, or the reason to stop (more data needed, or an escaped name the slow parser handles).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FastElementResult? Next<T>(ref T reader, out ReadOnlySpan<byte> name)
        where T : IJsonTokens, allows ref struct
    {
        name = default;
        if (!reader.Read())
        {
            return FastElementResult.NeedMoreData;
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return FastElementResult.Parsed;
        }

        if (reader.ValueIsEscaped)
        {
            return FastElementResult.Slow;
        }

        name = reader.ValueSpan;
        return reader.Read() ? null : FastElementResult.NeedMoreData;
    }
}
