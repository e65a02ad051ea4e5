using System.Text;

namespace ChipChain.Snapshot;

/// <summary>The string table a snapshot is written with: each distinct string once, referred to by its index (-1 for none).</summary>
internal sealed class SnapshotStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>The number of distinct strings.</summary>
    public int Count => _strings.Count;

    /// <summary>The index of <paramref name="text"/>, added on first use; -1 for null.</summary>
    public int Add(string? text)
    {
        if (text is null)
        {
            return -1;
        }

        if (!_index.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _index.Add(text, index);
            _strings.Add(text);
        }

        return index;
    }

    /// <summary>The strings as UTF-8 back to back, and where each starts (one more offset than strings: the end).</summary>
    /// <exception cref="InvalidOperationException">The text is over 2 GB, more than a snapshot's offsets (i32) reach.</exception>
    public (int[] Offsets, byte[] Bytes) Encode()
    {
        var offsets = new int[_strings.Count + 1];
        long total = 0;
        for (var s = 0; s < _strings.Count; s++)
        {
            total += Encoding.UTF8.GetByteCount(_strings[s]);
            if (total > Array.MaxLength)
            {
                throw new InvalidOperationException("The graph's text is over 2 GB, more than a snapshot holds.");
            }

            offsets[s + 1] = (int)total;
        }

        var bytes = new byte[total];
        for (var s = 0; s < _strings.Count; s++)
        {
            Encoding.UTF8.GetBytes(_strings[s], bytes.AsSpan(offsets[s]));
        }

        return (offsets, bytes);
    }
}
