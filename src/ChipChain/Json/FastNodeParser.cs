using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// The fast path for ordinary nodes: known scalar properties of the right types and values (no tags, attributes or
/// unknown properties), each once. Produces exactly the node <see cref="ElementParser.ParseNode"/> would; anything else
/// goes there.
/// </summary>
/// <param name="strings">The string pool for kinds, countries and units.</param>
/// <param name="document">Where nodes go when <paramref name="target"/> is null (added to the id table at once).</param>
/// <param name="target">Where a parallel chunk's nodes go; the caller adds them to the document in file order.</param>
/// <param name="ids">Where a parallel chunk's ids go, made ready for the id table (see <see cref="PreparedIds"/>).</param>
internal sealed class FastNodeParser(StringPool strings, ParsedDocument document, NodeColumns? target = null, PreparedIds? ids = null) : IFastElementParser
{
    private readonly TextBuffer _text = new();
    private byte[] _idBytes = new byte[256];
    private int _idLength;

    public FastElementResult TryParse(ref Utf8JsonReader reader, IPositionSource positions, long sliceStart, int index)
    {
        var tokens = new ReaderTokens(reader);
        var result = Parse(ref tokens, positions, sliceStart, index);
        reader = tokens.Reader;
        return result;
    }

    public FastElementResult TryParse(ref FlatObjectScanner scanner, IPositionSource positions, long sliceStart, int index) =>
        Parse(ref scanner, positions, sliceStart, index);

    private FastElementResult Parse<T>(ref T reader, IPositionSource positions, long sliceStart, int index)
        where T : IJsonTokens, allows ref struct
    {
        if (!reader.Read())
        {
            return FastElementResult.NeedMoreData;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return FastElementResult.Slow;
        }

        var start = sliceStart + reader.TokenStartIndex;
        string? name = null, kind = null, country = null, unit = null;
        var requires = Requirement.All;
        double? capacity = null, probability = null;
        bool? canFail = null;
        int? recovery = null;
        var seen = 0;
        long idOffset = 0;
        _idLength = -1;
        while (true)
        {
            if (FastProperty.Next(ref reader, out var property) is { } step)
            {
                if (step == FastElementResult.Parsed)
                {
                    break;
                }

                return step;
            }

            var (bit, ok) = property switch
            {
                _ when property.SequenceEqual("id"u8) => (1, IdValue(ref reader, sliceStart, ref idOffset)),
                _ when property.SequenceEqual("name"u8) => (2, TextBuffer.TryString(ref reader, out name)),
                _ when property.SequenceEqual("kind"u8) => (4, _text.TryInterned(ref reader, strings, out kind)),
                _ when property.SequenceEqual("country"u8) => (8, _text.TryInterned(ref reader, strings, out country)),
                _ when property.SequenceEqual("requires"u8) => (16, TryRequirement(ref reader, out requires)),
                _ when property.SequenceEqual("unit"u8) => (32, _text.TryInterned(ref reader, strings, out unit)),
                _ when property.SequenceEqual("capacity"u8) => (64, TextBuffer.TryNumber(ref reader, double.PositiveInfinity, out capacity)),
                _ when property.SequenceEqual("failureProbability"u8) => (128, TextBuffer.TryNumber(ref reader, 1, out probability)),
                _ when property.SequenceEqual("canFail"u8) => (256, TryBoolean(ref reader, out canFail)),
                _ when property.SequenceEqual("recoveryWeeks"u8) => (512, TextBuffer.TryWeeks(ref reader, 1, out recovery)),
                _ => (0, false),
            };

            // A repeated property is an error the token-by-token path reports.
            if (!ok || (seen & bit) != 0)
            {
                return FastElementResult.Slow;
            }

            seen |= bit;
        }

        // No id, a null one or a blank one: the token-by-token path reports it.
        if (_idLength <= 0)
        {
            return FastElementResult.Slow;
        }

        var node = new NodeFields(positions.PositionAt(start))
        {
            Name = name,
            Kind = kind,
            Country = country,
            Requires = requires,
            Capacity = capacity,
            Unit = unit,
            Probability = probability,
            CanFail = canFail,
            Recovery = recovery,
        };
        var idBytes = _idBytes.AsSpan(0, _idLength);
        if (target is not null)
        {
            target.Add(node);
            ids?.Add(idBytes);
            return FastElementResult.Parsed;
        }

        if (!document.Add(node, index, idBytes))
        {
            // Only a duplicate's id position is worked out (after the element's, so offsets are asked in order).
            document.ValuePositions[ParsedDocument.ValuePath("nodes", index, "id")] = positions.PositionAt(idOffset);
        }

        return FastElementResult.Parsed;
    }

    /// <summary>
    /// Where the id starts, and its UTF-8 bytes in the id buffer (length 0 for a null or blank id). No string is
    /// made for an id without escapes: the loaded graph makes one only when asked.
    /// </summary>
    private bool IdValue<T>(ref T reader, long sliceStart, ref long offset)
        where T : IJsonTokens, allows ref struct
    {
        offset = sliceStart + reader.TokenStartIndex;
        _idLength = 0;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (!reader.ValueIsEscaped)
        {
            var bytes = reader.ValueSpan;
            if (!System.Text.Ascii.IsValid(bytes) && !System.Text.Unicode.Utf8.IsValid(bytes))
            {
                return false; // the reader does not check UTF-8 until a string is made: the slow path reports it
            }

            Reserve(bytes.Length);
            bytes.CopyTo(_idBytes);

            // Blank means only white space: an ASCII byte other than a space settles it without decoding.
            var plain = bytes.IndexOfAnyExcept((byte)' ') is var at and >= 0 && bytes[at] < 0x80;
            _idLength = plain || !string.IsNullOrWhiteSpace(reader.GetString()) ? bytes.Length : 0;
            return true;
        }

        var id = reader.GetString()!;
        if (!string.IsNullOrWhiteSpace(id))
        {
            Reserve(System.Text.Encoding.UTF8.GetMaxByteCount(id.Length));
            _idLength = System.Text.Encoding.UTF8.GetBytes(id, _idBytes);
        }

        return true;
    }

    private void Reserve(int length)
    {
        if (_idBytes.Length < length)
        {
            _idBytes = new byte[Math.Max(length, _idBytes.Length * 2)];
        }
    }

    private static bool TryBoolean<T>(ref T reader, out bool? value)
        where T : IJsonTokens, allows ref struct
    {
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return value is not null || reader.TokenType == JsonTokenType.Null;
    }

    private static bool TryRequirement<T>(ref T reader, out Requirement requires)
        where T : IJsonTokens, allows ref struct
    {
        requires = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("any"u8) ? Requirement.Any : Requirement.All;
        return reader.TokenType == JsonTokenType.Null
            || (reader.TokenType == JsonTokenType.String && (reader.ValueTextEquals("any"u8) || reader.ValueTextEquals("all"u8)));
    }
}
