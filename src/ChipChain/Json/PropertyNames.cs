namespace ChipChain.Json;

/// <summary>
/// The property names seen so far in one JSON object, to report a repeated key instead of letting the last value
/// silently win. Reused from object to object: objects here have a dozen properties at most, so a linear scan of
/// the names' bytes in one buffer beats a hash set and allocates nothing per object.
/// </summary>
internal sealed class PropertyNames
{
    private readonly List<(int Start, int Length)> _names = [];
    private byte[] _bytes = new byte[256];
    private int _used;

    /// <summary>Forgets every name (call at the start of each object).</summary>
    public void Clear()
    {
        _names.Clear();
        _used = 0;
    }

    /// <summary>Adds <paramref name="name"/>; false when the object already had it.</summary>
    public bool Add(ReadOnlySpan<byte> name)
    {
        foreach (var (start, length) in _names)
        {
            if (_bytes.AsSpan(start, length).SequenceEqual(name))
            {
                return false;
            }
        }

        if (_used + name.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + name.Length));
        }

        name.CopyTo(_bytes.AsSpan(_used));
        _names.Add((_used, name.Length));
        _used += name.Length;
        return true;
    }
}
