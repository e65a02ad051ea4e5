using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ChipChain.Json;

/// <summary>
/// Reads one flat JSON object — string property names without escapes, each followed by a string without escapes, a
/// number, <c>true</c>, <c>false</c> or <c>null</c> — straight from the bytes, giving the tokens a
/// <see cref="Utf8JsonReader"/> would. It checks everything the reader would check for that subset (number grammar,
/// UTF-8, control characters, commas and colons), and stops (<see cref="Read"/> returns false) at anything else:
/// escapes, nested values, comments, malformed text. The caller then reads the element with a real reader, which
/// handles the rest and throws for what is wrong, so this never decides an error or its message. The array elements
/// of a large graph file are nearly all flat, and this reads them several times faster than a general reader.
/// </summary>
/// <param name="input">The bytes, from the object's opening brace on.</param>
internal ref struct FlatObjectScanner(ReadOnlySpan<byte> input) : IJsonTokens
{
    private readonly ReadOnlySpan<byte> _input = input;
    private int _pos;
    private int _valueStart;
    private int _valueEnd;
    private State _state;

    private enum State : byte
    {
        BeforeObject,
        FirstProperty,
        NextProperty,
        Value,
        Done,
    }

    /// <inheritdoc />
    public JsonTokenType TokenType { get; private set; }

    /// <summary>The bytes read, up to and including the object's closing brace.</summary>
    public readonly int BytesConsumed => _pos;

    /// <inheritdoc />
    public readonly bool ValueIsEscaped => false;

    /// <inheritdoc />
    public readonly ReadOnlySpan<byte> ValueSpan => _input[_valueStart.._valueEnd];

    /// <inheritdoc />
    public readonly int ValueLength => _valueEnd - _valueStart;

    /// <inheritdoc />
    public long TokenStartIndex { get; private set; }

    /// <inheritdoc />
    public bool Read()
    {
        var i = SkipWhitespace(_pos);
        if (i >= _input.Length)
        {
            return Stop();
        }

        var c = _input[i];
        switch (_state)
        {
            case State.BeforeObject:
                return (c == '{' && Token(JsonTokenType.StartObject, i, i + 1, State.FirstProperty)) || Stop();
            case State.FirstProperty or State.NextProperty:
                if (c == '}')
                {
                    return Token(JsonTokenType.EndObject, i, i + 1, State.Done);
                }

                if (_state == State.NextProperty)
                {
                    if (c != ',')
                    {
                        return Stop();
                    }

                    i = SkipWhitespace(i + 1);
                    if (i >= _input.Length)
                    {
                        return Stop();
                    }
                }

                return PropertyName(i);
            case State.Value:
                return Value(i, c) || Stop();
            default:
                return Stop();
        }
    }

    /// <inheritdoc />
    public readonly bool TryGetDouble(out double value)
    {
        // As the reader does: the whole token must parse, and infinities (which the parser allows) are refused.
        value = 0;
        if (TokenType != JsonTokenType.Number)
        {
            return false;
        }

        if (JsonLexemes.TryShortDecimal(ValueSpan, out value))
        {
            return true;
        }

        return Utf8Parser.TryParse(ValueSpan, out value, out var consumed)
            && consumed == ValueLength
            && double.IsFinite(value);
    }

    /// <inheritdoc />
    public readonly string? GetString() => TokenType switch
    {
        JsonTokenType.String or JsonTokenType.PropertyName => Encoding.UTF8.GetString(ValueSpan),
        JsonTokenType.Null => null,
        _ => throw new InvalidOperationException("The current token is not a string."),
    };

    /// <inheritdoc />
    public readonly int CopyString(Span<byte> utf8)
    {
        ValueSpan.CopyTo(utf8);
        return ValueLength;
    }

    /// <inheritdoc />
    public readonly int CopyString(Span<char> chars) => Encoding.UTF8.GetChars(ValueSpan, chars);

    /// <inheritdoc />
    public readonly bool ValueTextEquals(ReadOnlySpan<byte> text) =>
        TokenType is JsonTokenType.String or JsonTokenType.PropertyName && ValueSpan.SequenceEqual(text);

    private bool PropertyName(int i)
    {
        if (_input[i] != '"' || JsonLexemes.StringEnd(_input, i) is not (var end and >= 0))
        {
            return Stop();
        }

        var colon = SkipWhitespace(end + 1);
        if (colon >= _input.Length || _input[colon] != ':')
        {
            return Stop();
        }

        TokenType = JsonTokenType.PropertyName;
        TokenStartIndex = i;
        (_valueStart, _valueEnd, _pos, _state) = (i + 1, end, colon + 1, State.Value);
        return true;
    }

    private bool Value(int i, byte c)
    {
        switch (c)
        {
            case (byte)'"':
                return JsonLexemes.StringEnd(_input, i) is var end and >= 0 && Token(JsonTokenType.String, i, end + 1, State.NextProperty, i + 1, end);
            case (byte)'t':
                return Literal(i, "true"u8, JsonTokenType.True);
            case (byte)'f':
                return Literal(i, "false"u8, JsonTokenType.False);
            case (byte)'n':
                return Literal(i, "null"u8, JsonTokenType.Null);
            default:
                return JsonLexemes.NumberEnd(_input, i) is var stop and > 0 && EndsValue(stop) && Token(JsonTokenType.Number, i, stop, State.NextProperty);
        }
    }

    private bool Literal(int i, ReadOnlySpan<byte> text, JsonTokenType type) =>
        _input[i..].StartsWith(text) && EndsValue(i + text.Length) && Token(type, i, i + text.Length, State.NextProperty);

    /// <summary>
    /// Whether a number or literal may end before <paramref name="i"/>: the reader refuses one run into other text
    /// (<c>01</c>, <c>truex</c>) at that token, so the scanner must not give it either.
    /// </summary>
    private readonly bool EndsValue(int i) => i < _input.Length && _input[i] is (byte)',' or (byte)'}' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int SkipWhitespace(int i)
    {
        // Graph files put no space inside a record, so the common case is one comparison.
        if ((uint)i < (uint)_input.Length && _input[i] > (byte)' ')
        {
            return i;
        }

        while (i < _input.Length && _input[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            i++;
        }

        return i;
    }

    private bool Token(JsonTokenType type, int start, int end, State next) => Token(type, start, end, next, start, end);

    private bool Token(JsonTokenType type, int start, int end, State next, int valueStart, int valueEnd)
    {
        TokenType = type;
        TokenStartIndex = start;
        (_valueStart, _valueEnd, _pos, _state) = (valueStart, valueEnd, end, next);
        return true;
    }

    private bool Stop()
    {
        _state = State.Done;
        TokenType = JsonTokenType.None;
        return false;
    }
}
