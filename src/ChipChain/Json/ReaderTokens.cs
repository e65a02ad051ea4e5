using System.Text.Json;

namespace ChipChain.Json;

/// <summary>
/// A <see cref="Utf8JsonReader"/> seen as <see cref="IJsonTokens"/>. It holds a copy of the caller's reader (a ref
/// struct cannot be referred to from a field), which the caller takes back from <see cref="Reader"/> when done.
/// </summary>
/// <param name="reader">The reader to start from.</param>
internal ref struct ReaderTokens(Utf8JsonReader reader) : IJsonTokens
{
    private Utf8JsonReader _reader = reader;

    /// <summary>The reader, moved as far as this has read.</summary>
    public Utf8JsonReader Reader => _reader;

    /// <inheritdoc />
    public JsonTokenType TokenType => _reader.TokenType;

    /// <inheritdoc />
    public bool ValueIsEscaped => _reader.ValueIsEscaped;

    /// <inheritdoc />
    public ReadOnlySpan<byte> ValueSpan => _reader.ValueSpan;

    /// <inheritdoc />
    public int ValueLength => _reader.HasValueSequence ? (int)_reader.ValueSequence.Length : _reader.ValueSpan.Length;

    /// <inheritdoc />
    public long TokenStartIndex => _reader.TokenStartIndex;

    /// <inheritdoc />
    public bool Read() => _reader.Read();

    /// <inheritdoc />
    public bool TryGetDouble(out double value) => _reader.TryGetDouble(out value);

    /// <inheritdoc />
    public string? GetString() => _reader.GetString();

    /// <inheritdoc />
    public int CopyString(Span<byte> utf8) => _reader.CopyString(utf8);

    /// <inheritdoc />
    public int CopyString(Span<char> chars) => _reader.CopyString(chars);

    /// <inheritdoc />
    public bool ValueTextEquals(ReadOnlySpan<byte> text) => _reader.ValueTextEquals(text);
}
