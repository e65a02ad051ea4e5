using System.Buffers;
using System.Globalization;
using System.Text;

namespace ChipChain.Json;

/// <summary>Strings, numbers and literals: each scanned to its end or to its first problem.</summary>
internal ref partial struct JsonSyntaxScanner
{
    private const int MaxWord = 20;

    private JsonSyntaxProblem? ScanString()
    {
        var start = _i++;
        while (_i < _s.Length)
        {
            var b = _s[_i];
            if (b == (byte)'"')
            {
                _i++;
                return null;
            }

            if (b == (byte)'\\')
            {
                if (ScanEscape() is { } escape)
                {
                    return escape.Offset < 0 && _final ? Unterminated(start) : escape;
                }

                continue;
            }

            if (b < 0x20)
            {
                return new(JsonSyntaxKind.ControlCharacter, Invariant($"control character 0x{b:X2} in a string: write it as an escape such as \\n or \\u00{b:X2}"), _i);
            }

            if (b < 0x80)
            {
                _i++;
                continue;
            }

            var status = Rune.DecodeFromUtf8(_s[_i..], out _, out var length);
            if (status == OperationStatus.Done)
            {
                _i += length;
                continue;
            }

            if (status == OperationStatus.NeedMoreData && !_final)
            {
                return More;
            }

            return new(JsonSyntaxKind.InvalidUtf8, Invariant($"invalid UTF-8 in a string (the byte 0x{b:X2})"), _i);
        }

        return _final ? Unterminated(start) : More;
    }

    private readonly JsonSyntaxProblem Unterminated(int start) =>
        new(JsonSyntaxKind.UnterminatedString, "the string is not closed: no '\"' before the end of the file", start);

    /// <summary>One escape at the backslash; <see cref="More"/> when the bytes end inside it.</summary>
    private JsonSyntaxProblem? ScanEscape()
    {
        if (_i + 1 >= _s.Length)
        {
            return More;
        }

        var e = _s[_i + 1];
        if (e is (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t')
        {
            _i += 2;
            return null;
        }

        if (e != (byte)'u')
        {
            return new(JsonSyntaxKind.InvalidEscape, $"invalid escape {Word(_i, 2)} in a string (expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits)", _i);
        }

        if (Hex(_i + 2) is not { } code)
        {
            return _i + 6 > _s.Length && AllHex(_i + 2) ? More
                : new(JsonSyntaxKind.InvalidEscape, $"invalid escape {Word(_i, 6)} in a string (expected four hex digits after \\u)", _i);
        }

        if (code is >= 0xDC00 and <= 0xDFFF)
        {
            return LoneSurrogate();
        }

        if (code is >= 0xD800 and <= 0xDBFF)
        {
            if (_i + 12 > _s.Length && !_final)
            {
                return More;
            }

            if (_i + 12 > _s.Length || _s[_i + 6] != (byte)'\\' || _s[_i + 7] != (byte)'u' || Hex(_i + 8) is not (>= 0xDC00 and <= 0xDFFF))
            {
                return LoneSurrogate();
            }

            _i += 6;
        }

        _i += 6;
        return null;
    }

    private readonly JsonSyntaxProblem LoneSurrogate() =>
        new(JsonSyntaxKind.LoneSurrogate, $"invalid escape {Word(_i, 6)} in a string: half of a surrogate pair without the other half", _i);

    private readonly int? Hex(int at)
    {
        if (at + 4 > _s.Length || !AllHex(at))
        {
            return null;
        }

        return int.Parse(Encoding.ASCII.GetString(_s.Slice(at, 4)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    private readonly bool AllHex(int at)
    {
        for (var k = at; k < Math.Min(at + 4, _s.Length); k++)
        {
            if (!char.IsAsciiHexDigit((char)_s[k]))
            {
                return false;
            }
        }

        return true;
    }

    private JsonSyntaxProblem? ScanNumber()
    {
        var start = _i;
        if (_s[_i] == (byte)'-')
        {
            _i++;
        }

        if (!Digits(out var first, out var count))
        {
            return Need() ?? BadNumber(start, "'-' must be followed by a digit");
        }

        if (first == (byte)'0' && count > 1)
        {
            return BadNumber(start, "a number does not start with 0 followed by more digits");
        }

        if (At((byte)'.'))
        {
            _i++;
            if (!Digits(out _, out _))
            {
                return Need() ?? BadNumber(start, "'.' must be followed by a digit");
            }
        }

        if (At((byte)'e') || At((byte)'E'))
        {
            _i++;
            if (At((byte)'+') || At((byte)'-'))
            {
                _i++;
            }

            if (!Digits(out _, out _))
            {
                return Need() ?? BadNumber(start, "the exponent needs a digit");
            }
        }

        if (_i >= _s.Length)
        {
            return _final ? null : More;
        }

        return _s[_i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)']' or (byte)'}' or (byte)'/'
            ? null
            : BadNumber(start, $"{Found(_i)} cannot follow a number");
    }

    private readonly bool At(byte b) => _i < _s.Length && _s[_i] == b;

    private bool Digits(out byte first, out int count)
    {
        first = _i < _s.Length ? _s[_i] : (byte)0;
        var start = _i;
        while (_i < _s.Length && char.IsAsciiDigit((char)_s[_i]))
        {
            _i++;
        }

        count = _i - start;
        return count > 0;
    }

    /// <summary><see cref="More"/> when the bytes ended mid-token and more will follow; otherwise nothing.</summary>
    private readonly JsonSyntaxProblem? Need() => _i >= _s.Length && !_final ? More : null;

    private readonly JsonSyntaxProblem BadNumber(int start, string why) =>
        new(JsonSyntaxKind.InvalidNumber, $"invalid number {Word(start, MaxWord)}: {why}", start);

    private JsonSyntaxProblem? ScanLiteral()
    {
        var start = _i;
        var literal = _s[_i] switch { (byte)'t' => "true", (byte)'f' => "false", _ => "null" };
        while (_i < _s.Length && char.IsAsciiLetterOrDigit((char)_s[_i]))
        {
            _i++;
        }

        if (_i >= _s.Length && !_final && _i - start < literal.Length && literal.AsSpan().StartsWith(Encoding.ASCII.GetString(_s[start.._i])))
        {
            return More;
        }

        return _s[start.._i].SequenceEqual(Encoding.ASCII.GetBytes(literal))
            ? null
            : new(JsonSyntaxKind.InvalidLiteral, $"{Word(start, MaxWord)} is not a JSON literal (expected '{literal}')", start);
    }

    /// <summary>The property name just scanned, quoted and shortened for a message.</summary>
    private readonly string Name() => "\"" + ParseContext.Quote(Encoding.UTF8.GetString(_s[(_nameStart + 1)..Math.Max(_nameStart + 1, _nameEnd - 1)])) + "\"";

    /// <summary>A token's start in quotes: the letters, digits and number signs from <paramref name="at"/>, at most <paramref name="max"/> bytes.</summary>
    private readonly string Word(int at, int max)
    {
        var end = at + 1;
        while (end < _s.Length && end - at < max && (_s[end] is (byte)'\\' or (byte)'+' or (byte)'-' or (byte)'.' || char.IsAsciiLetterOrDigit((char)_s[end])))
        {
            end++;
        }

        var more = end < _s.Length && end - at == max && char.IsAsciiLetterOrDigit((char)_s[end]) ? "…" : string.Empty;
        return "'" + Encoding.ASCII.GetString(_s[at..end]) + more + "'";
    }

    /// <summary>The byte at <paramref name="at"/> for a message: a printable character in quotes, or its value.</summary>
    private readonly string Found(int at) =>
        at >= _s.Length ? "the end of the file"
        : _s[at] is >= 0x21 and < 0x7F ? $"'{(char)_s[at]}'"
        : Invariant($"the byte 0x{_s[at]:X2}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
