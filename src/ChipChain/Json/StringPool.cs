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
    private readonly HashSet<string> _interned = new(StringComparer.Ordinal);

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
}
