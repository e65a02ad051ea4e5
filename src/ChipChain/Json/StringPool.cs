namespace ChipChain.Json;

/// <summary>
/// One string per distinct short value: kinds, countries, units, items and source ids repeat a small vocabulary.
/// Not thread-safe; parallel chunk parsers each have their own (a value may then exist once per chunk, which is
/// still far fewer strings than one per use).
/// </summary>
internal sealed class StringPool
{
    private const int MaxInternedLength = 64;
    private const int MaxInterned = 1 << 16;
    private const int RecentSize = 64;
    private readonly HashSet<string> _interned = new(StringComparer.Ordinal);
    private readonly (byte[] Key, string Value)[] _recent = new (byte[], string)[RecentSize];

    /// <summary>The longest value kept in the pool; longer values get a new string each time.</summary>
    public static int MaxLength => MaxInternedLength;

    /// <summary>The shared string equal to <paramref name="value"/> (added to the pool when there is room).</summary>
    public string Intern(ReadOnlySpan<char> value)
    {
        if (value.Length > MaxInternedLength)
        {
            return new string(value);
        }

        if (_interned.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var shared))
        {
            return shared;
        }

        var result = new string(value);
        if (_interned.Count < MaxInterned)
        {
            _interned.Add(result);
        }

        return result;
    }

    /// <summary>
    /// The shared string for the UTF-8 text <paramref name="utf8"/>, or null when it is not valid UTF-8. A small cache
    /// keyed on the bytes answers the common case (the same few kinds and countries again and again) without decoding.
    /// </summary>
    public string? Intern(ReadOnlySpan<byte> utf8)
    {
        var slot = utf8.IsEmpty ? 0 : ((utf8.Length * 31) + (utf8[0] * 7) + utf8[^1]) & (RecentSize - 1);
        ref var recent = ref _recent[slot];
        if (recent.Key is { } key && utf8.SequenceEqual(key))
        {
            return recent.Value;
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return null;
        }

        Span<char> chars = utf8.Length <= 256 ? stackalloc char[utf8.Length] : new char[utf8.Length];
        var value = Intern(chars[..System.Text.Encoding.UTF8.GetChars(utf8, chars)]);
        if (utf8.Length <= MaxInternedLength)
        {
            recent = (utf8.ToArray(), value);
        }

        return value;
    }
}
