using System.Text;

namespace ChipChain.Snapshot;

/// <summary>
/// The string table of an open snapshot: the UTF-8 bytes and offsets as read, each string decoded on first use and
/// kept. Indices are checked by the reader before they are stored anywhere, so a lookup here cannot fail. The decoded
/// strings are kept in pages made on first use: a graph opened for a few queries decodes a few strings, and one array
/// for all of them would be megabytes to clear at open.
/// </summary>
internal sealed class SnapshotStringTable
{
    private const int PageBits = 12;
    private readonly string?[]?[] _pages;

    public SnapshotStringTable(byte[] bytes, int[] offsets)
    {
        Bytes = bytes;
        Offsets = offsets;
        Count = offsets.Length - 1;
        _pages = new string?[]?[(Count + (1 << PageBits) - 1) >> PageBits];
    }

    /// <summary>Every string's UTF-8 bytes, back to back.</summary>
    public byte[] Bytes { get; }

    /// <summary>Where each string starts in <see cref="Bytes"/>; one more entry than strings.</summary>
    public int[] Offsets { get; }

    /// <summary>The number of strings.</summary>
    public int Count { get; }

    /// <summary>Whether <paramref name="index"/> is a string index or -1 (none).</summary>
    public bool IsValid(int index) => (uint)(index + 1) <= (uint)Count;

    /// <summary>The UTF-8 bytes of string <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Utf8(int index) => Bytes.AsSpan(Offsets[index], Offsets[index + 1] - Offsets[index]);

    /// <summary>
    /// String <paramref name="index"/>, or null for -1. Threads may race to decode the same string; they make equal
    /// strings, and whichever is stored last is kept (a page, though, is made once: a page lost in a race would lose
    /// strings other threads had stored in it).
    /// </summary>
    public string? Get(int index)
    {
        if (index < 0)
        {
            return null;
        }

        var page = Volatile.Read(ref _pages[index >> PageBits]);
        if (page is null)
        {
            var fresh = new string?[1 << PageBits];
            page = Interlocked.CompareExchange(ref _pages[index >> PageBits], fresh, null) ?? fresh;
        }

        ref var slot = ref page[index & ((1 << PageBits) - 1)];
        return slot ??= Encoding.UTF8.GetString(Utf8(index));
    }
}
