using System.Text.Json;

namespace ChipChain.Json;

/// <summary>
/// The tokens of one array element as the fast parsers read them: a <see cref="Utf8JsonReader"/> (through
/// <see cref="ReaderTokens"/>) or the flat-object scanner (<see cref="FlatObjectScanner"/>). The parsers are generic
/// over this, so both sources run the same element logic, specialised for each without a virtual call per token.
/// </summary>
internal interface IJsonTokens
{
    /// <summary>The current token's type.</summary>
    JsonTokenType TokenType { get; }

    /// <summary>Whether the current string token has escapes (its raw bytes are not its value).</summary>
    bool ValueIsEscaped { get; }

    /// <summary>The current token's raw bytes (a string's without its quotes).</summary>
    ReadOnlySpan<byte> ValueSpan { get; }

    /// <summary>The length of the current token's raw bytes.</summary>
    int ValueLength { get; }

    /// <summary>Where the current token starts, from the first byte of the source.</summary>
    long TokenStartIndex { get; }

    /// <summary>Moves to the next token; false at the end of the input or where the source cannot go on.</summary>
    bool Read();

    /// <summary>The current number token as a finite double; false when it is not one.</summary>
    bool TryGetDouble(out double value);

    /// <summary>The current string token's value (null for a JSON null).</summary>
    string? GetString();

    /// <summary>Copies the current string token's unescaped UTF-8 bytes; returns their count.</summary>
    int CopyString(Span<byte> utf8);

    /// <summary>Copies the current string token's value as characters; returns their count.</summary>
    int CopyString(Span<char> chars);

    /// <summary>Whether the current string token's value is <paramref name="text"/>.</summary>
    bool ValueTextEquals(ReadOnlySpan<byte> text);
}
