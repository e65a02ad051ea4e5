using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace ChipChain.Json;

/// <summary>
/// Where the JSON strings and numbers the flat-object scanner reads end, checked as strictly as a
/// <see cref="System.Text.Json.Utf8JsonReader"/> checks them; -1 for anything the scanner leaves to the reader.
/// </summary>
internal static class JsonLexemes
{
    // Exact doubles: every power of ten up to 10^22 is.
    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>The index of the quote closing the string opened at <paramref name="open"/> in <paramref name="input"/>; -1 for anything the scanner leaves to the reader.</summary>
    public static int StringEnd(ReadOnlySpan<byte> input, int open)
    {
        // Eight bytes at a time (plain integer arithmetic, the same speed on every processor): find the first byte
        // that is a quote, a backslash, a control character or non-ASCII. Ids and names are short ASCII, so this is
        // usually the closing quote after two or three steps.
        var j = open + 1;
        while (j + sizeof(ulong) <= input.Length)
        {
            var special = SpecialBytes(MemoryMarshal.Read<ulong>(input[j..]));
            if (special != 0)
            {
                j += BitOperations.TrailingZeroCount(special) >> 3;
                return input[j] == '"' ? j : NonAsciiStringEnd(input, open, j);
            }

            j += sizeof(ulong);
        }

        for (; j < input.Length; j++)
        {
            var b = input[j];
            if (b == '"')
            {
                return j;
            }

            if (b == '\\' || b < 0x20 || b >= 0x80)
            {
                return NonAsciiStringEnd(input, open, j);
            }
        }

        return -1;
    }

    /// <summary>The string's end when byte <paramref name="stop"/> is not its closing quote: only non-ASCII text (checked whole) is read on.</summary>
    private static int NonAsciiStringEnd(ReadOnlySpan<byte> input, int open, int stop)
    {
        if (input[stop] < 0x80)
        {
            return -1;
        }

        var text = input[(open + 1)..];
        var end = text.IndexOfAny((byte)'"', (byte)'\\');
        if (end < 0 || text[end] != '"' || text[..end].IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0 || !Utf8.IsValid(text[..end]))
        {
            return -1;
        }

        return open + 1 + end;
    }

    /// <summary>
    /// The high bit of each byte of <paramref name="x"/> (little-endian) that is '"', '\\', below 0x20 or above 0x7F.
    /// Bits above the lowest set one can be wrong (borrows), so only the lowest is used.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SpecialBytes(ulong x)
    {
        const ulong Ones = 0x0101010101010101UL;
        const ulong Highs = 0x8080808080808080UL;
        var quote = x ^ (Ones * '"');
        var backslash = x ^ (Ones * '\\');
        return (((quote - Ones) & ~quote) | ((backslash - Ones) & ~backslash) | ((x - (Ones * 0x20)) & ~x) | x) & Highs;
    }

    /// <summary>The end of the JSON number starting at <paramref name="i"/> (RFC 8259 grammar); -1 when there is none.</summary>
    public static int NumberEnd(ReadOnlySpan<byte> s, int i)
    {
        if (i < s.Length && s[i] == '-')
        {
            i++;
        }

        if (i >= s.Length || !char.IsAsciiDigit((char)s[i]))
        {
            return -1;
        }

        i = s[i] == '0' ? i + 1 : Digits(s, i);
        if (i < s.Length && s[i] == '.')
        {
            if (Digits(s, i + 1) is var fraction && fraction == i + 1)
            {
                return -1;
            }

            i = fraction;
        }

        if (i < s.Length && (s[i] | 0x20) == 'e')
        {
            i++;
            if (i < s.Length && s[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }

            if (Digits(s, i) is var exponent && exponent == i)
            {
                return -1;
            }

            i = exponent;
        }

        return i;
    }

    private static int Digits(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length && char.IsAsciiDigit((char)s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Parses a plain decimal such as <c>0.534</c> or <c>12</c> (digits, at most one point, no sign or exponent) of
    /// at most 15 digits, exactly: the digits make an integer below 2^53 and the power of ten is at most 10^15, both
    /// exact doubles, so one division is the correctly rounded value a full parser gives. Shares in a graph file are
    /// nearly all like this; anything else returns false for the full parser.
    /// </summary>
    public static bool TryShortDecimal(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 16)
        {
            return false;
        }

        long digits = 0;
        var count = 0;
        var point = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && point < 0)
            {
                point = i;
                continue;
            }

            if (!char.IsAsciiDigit((char)c))
            {
                return false;
            }

            digits = (digits * 10) + (c - '0');
            count++;
        }

        if (count == 0 || count > 15)
        {
            return false;
        }

        value = point < 0 ? digits : digits / PowersOfTen[text.Length - 1 - point];
        return true;
    }
}
