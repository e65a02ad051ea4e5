using System.Runtime.InteropServices;

namespace ChipChain.Json;

/// <summary>
/// Node id to index for the loader, keyed on the ids' UTF-8 bytes, so a link end is looked up straight from the JSON
/// buffer: no decoding to characters and no string per lookup. Open addressing with linear probing; each slot keeps
/// its id's hash beside the index, so a probe that misses rarely touches the ids, which are packed in one byte arena.
/// </summary>
internal sealed class NodeIdTable
{
    private ulong[] _slots = new ulong[1 << 10]; // (hash << 32) | (index + 1); 0 is empty
    private byte[] _arena = new byte[1 << 14];
    private int[] _start = new int[(1 << 9) + 1]; // id i is _arena[_start[i].._start[i + 1]]
    private int _count;

    /// <summary>The UTF-8 bytes of the id with index <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> KeyOf(int index) => _arena.AsSpan(_start[index], _start[index + 1] - _start[index]);

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
