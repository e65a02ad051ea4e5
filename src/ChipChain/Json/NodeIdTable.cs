using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Unicode;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// Node id to index for the loader, keyed on the ids' UTF-8 bytes, so a link end is looked up straight from the JSON
/// buffer: no decoding to characters and no string per lookup. Open addressing with linear probing; each slot keeps
/// its id's hash beside the index, so a probe that misses rarely touches the ids, which are packed in one byte arena.
/// The loaded graph keeps the table as its id index (<see cref="TryGetIndex"/>), so no dictionary of strings is built.
/// </summary>
internal sealed class NodeIdTable : NodeIndex
{
    private ulong[] _slots = new ulong[1 << 10]; // (hash << 32) | (index + 1); 0 is empty
    private byte[] _arena = new byte[1 << 14];
    private int[] _start = new int[(1 << 9) + 1]; // id i is _arena[_start[i].._start[i + 1]]
    private readonly int[]? _key; // when set, id i is string _key[i] of the arena (a snapshot's string table)
    private int _count;

    /// <summary>An empty table, filled by <see cref="Add"/>.</summary>
    public NodeIdTable()
    {
    }

    /// <summary>
    /// A table over ids already packed in <paramref name="arena"/>: id i is string <paramref name="key"/>[i], whose
    /// bytes are <c>arena[start[k]..start[k + 1]]</c>. The arrays are kept, not copied, and never written.
    /// </summary>
    /// <param name="arena">The UTF-8 bytes of the strings.</param>
    /// <param name="start">Where each string starts; one more entry than strings.</param>
    /// <param name="key">The string of each id (every entry a valid string index).</param>
    /// <param name="duplicate">The first id that repeats an earlier one, or -1.</param>
    public NodeIdTable(byte[] arena, int[] start, int[] key, out int duplicate)
    {
        _arena = arena;
        _start = start;
        _key = key;
        _count = key.Length;
        _slots = new ulong[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, key.Length) * 2))];
        duplicate = -1;
        var mask = _slots.Length - 1;
        for (var i = 0; i < key.Length; i++)
        {
            var id = KeyOf(i);
            var hash = Hash(id);
            var s = (int)hash & mask;
            for (; _slots[s] != 0; s = (s + 1) & mask)
            {
                if ((uint)(_slots[s] >> 32) == hash && KeyOf((int)(uint)_slots[s] - 1).SequenceEqual(id))
                {
                    duplicate = i;
                    return;
                }
            }

            _slots[s] = ((ulong)hash << 32) | (uint)(i + 1);
        }
    }

    /// <summary>The UTF-8 bytes of the id with index <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> KeyOf(int index)
    {
        var k = _key is null ? index : _key[index];
        return _arena.AsSpan(_start[k], _start[k + 1] - _start[k]);
    }

    /// <inheritdoc />
    public override bool TryGetIndex(string id, out int index)
    {
        // Ids are valid UTF-8; text that has no UTF-8 form (a lone surrogate) names no node.
        var most = id.Length * 3;
        var rented = most > 512 ? ArrayPool<byte>.Shared.Rent(most) : null;
        var bytes = rented ?? stackalloc byte[512];
        try
        {
            var ok = Utf8.FromUtf16(id, bytes, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done;
            index = ok ? IndexOf(bytes[..written]) : -1;
            return index >= 0;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The index of <paramref name="id"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<byte> id)
    {
        var hash = Hash(id);
        var mask = _slots.Length - 1;
        for (var s = (int)hash & mask; ; s = (s + 1) & mask)
        {
            var slot = _slots[s];
            if (slot == 0)
            {
                return -1;
            }

            if ((uint)(slot >> 32) == hash)
            {
                var index = (int)(uint)slot - 1;
                if (KeyOf(index).SequenceEqual(id))
                {
                    return index;
                }
            }
        }
    }

    /// <summary>Adds <paramref name="id"/> with the next index, unless it is there already.</summary>
    /// <returns>The index it already had, or -1 when it was added.</returns>
    public int Add(ReadOnlySpan<byte> id)
    {
        if (_key is not null)
        {
            throw new InvalidOperationException("A table over packed ids is not added to.");
        }

        var hash = Hash(id);
        var mask = _slots.Length - 1;
        var s = (int)hash & mask;
        for (; _slots[s] != 0; s = (s + 1) & mask)
        {
            if ((uint)(_slots[s] >> 32) == hash && KeyOf((int)(uint)_slots[s] - 1).SequenceEqual(id))
            {
                return (int)(uint)_slots[s] - 1;
            }
        }

        if (_count + 2 > _start.Length)
        {
            Array.Resize(ref _start, _start.Length * 2);
        }

        var end = _start[_count];
        if (end + id.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, end + id.Length));
        }

        id.CopyTo(_arena.AsSpan(end));
        _start[_count + 1] = end + id.Length;
        _slots[s] = ((ulong)hash << 32) | (uint)(_count + 1);
        _count++;
        if (_count * 2 > _slots.Length)
        {
            Rehash();
        }

        return -1;
    }

    private void Rehash()
    {
        var slots = new ulong[_slots.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in _slots)
        {
            if (slot != 0)
            {
                var s = (int)(slot >> 32) & mask;
                while (slots[s] != 0)
                {
                    s = (s + 1) & mask;
                }

                slots[s] = slot;
            }
        }

        _slots = slots;
    }

    /// <summary>A fast 32-bit hash of a short byte string, eight bytes at a time (ids are mostly 10–30 bytes).</summary>
    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        var i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            h = (h ^ MemoryMarshal.Read<ulong>(bytes[i..])) * 0xFF51AFD7ED558CCDUL;
            h ^= h >> 32;
        }

        if (i < bytes.Length)
        {
            ulong tail = 0;
            for (var k = bytes.Length - 1; k >= i; k--)
            {
                tail = (tail << 8) | bytes[k];
            }

            h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
        }

        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 32;
        return (uint)h;
    }
}
