using System.Text;

namespace ChipChain.Snapshot;

/// <summary>
/// The string table of an open snapshot: the UTF-8 bytes and offsets as read, each string decoded on first use and
/// kept. Indices are checked by the reader before they are stored anywhere, so a lookup here cannot fail.
/// </summary>
internal sealed class SnapshotStringTable
{
    private readonly string?[] _decoded;

    public SnapshotStringTable(byte[] bytes, int[] offsets)
    {
        Bytes = bytes;
        Offsets = offsets;
        _decoded = new string?[offsets.Length - 1];
    }

    /// <summary>Every string's UTF-8 bytes, back to back.</summary>
    public byte[] Bytes { get; }

    /// <summary>Where each string starts in <see cref="Bytes"/>; one more entry than strings.</summary>
    public int[] Offsets { get; }

    /// <summary>The number of strings.</summary>
    public int Count => _decoded.Length;

    /// <summary>Whether <paramref name="index"/> is a string index or -1 (none).</summary>
    public bool IsValid(int index) => (uint)(index + 1) <= (uint)_decoded.Length;

    /// <summary>The UTF-8 bytes of string <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Utf8(int index) => Bytes.AsSpan(Offsets[index], Offsets[index + 1] - Offsets[index]);

    /// <summary>
    /// String <paramref name="index"/>, or null for -1. Threads may race to decode the same string; they make equal
    /// strings, and whichever is stored last is kept.
    /// </summary>
    public string? Get(int index) => index < 0 ? null : _decoded[index] ?? (_decoded[index] = Encoding.UTF8.GetString(Utf8(index)));
}
