using System.Text.Json;

namespace ChipChain.Json;

/// <summary>Decodes string tokens into a reused character buffer, and reads the values the fast parsers accept.</summary>
internal sealed class TextBuffer
{
    private char[] _chars = new char[256];

    /// <summary>The current string token, unescaped, as characters (valid until the next call).</summary>
    public ReadOnlySpan<char> Chars<T>(ref T reader)
        where T : IJsonTokens, allows ref struct
    {
        var length = reader.ValueLength;
        if (_chars.Length < length)
        {
            _chars = new char[Math.Max(length, _chars.Length * 2)];
        }

        return _chars.AsSpan(0, reader.CopyString(_chars));
    }

    /// <summary>A string from the shared pool, or null for a JSON null; false for any other token.</summary>
    public bool TryInterned<T>(ref T reader, StringPool strings, out string? value)
        where T : IJsonTokens, allows ref struct
    {
        value = reader.TokenType != JsonTokenType.String ? null
            : !reader.ValueIsEscaped && strings.Intern(reader.ValueSpan) is { } interned ? interned
            : strings.Intern(Chars(ref reader));
        return reader.TokenType is JsonTokenType.String or JsonTokenType.Null;
    }

    /// <summary>A new string, or null for a JSON null; false for any other token.</summary>
    public static bool TryString<T>(ref T reader, out string? value)
        where T : IJsonTokens, allows ref struct
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return reader.TokenType is JsonTokenType.String or JsonTokenType.Null;
    }

    /// <summary>A finite number in [0, <paramref name="max"/>], or null for a JSON null; false for anything else.</summary>
    public static bool TryNumber<T>(ref T reader, double max, out double? value)
        where T : IJsonTokens, allows ref struct
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var v) && double.IsFinite(v) && v >= 0 && v <= max)
        {
            value = v;
            return true;
        }

        return false;
    }

    /// <summary>A whole number of weeks in [min, <see cref="Model.Node.MaxWeeks"/>], or null for a JSON null; false for anything else.</summary>
    public static bool TryWeeks<T>(ref T reader, int min, out int? value)
        where T : IJsonTokens, allows ref struct
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var v) && v >= min && v <= Model.Node.MaxWeeks && v == Math.Floor(v))
        {
            value = (int)v;
            return true;
        }

        return false;
    }
}
