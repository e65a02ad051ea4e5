using System.Numerics;
using System.Runtime.CompilerServices;

namespace ChipChain.Json;

/// <summary>
/// Node id to index over ids already packed in a byte arena (a snapshot's string table), keyed on their UTF-8 bytes.
/// Open addressing with linear probing; each slot keeps its id's hash beside the index in eight bytes, so the table
/// is a quarter of <see cref="NodeIdTable"/>'s: a snapshot is opened for a handful of lookups. A snapshot stores the
/// slots, and opening it checks them in one pass (<see cref="Adopt"/>) instead of building them: building is random
/// access into a fresh table, checking is a front-to-back scan. Building, or checking, is also the duplicate-id check.
/// </summary>
internal sealed class PackedIdTable : Utf8NodeIndex
{
    private readonly ulong[] _slots; // (hash << 32) | (index + 1); 0 is empty
    private readonly byte[] _arena;
    private readonly int[] _start;
    private readonly int[] _key; // id i is string _key[i] of the arena

    /// <summary>
    /// A table over ids already packed in <paramref name="arena"/>: id i is string <paramref name="key"/>[i], whose
    /// bytes are <c>arena[start[k]..start[k + 1]]</c>. The arrays are kept, not copied, and never written.
    /// </summary>
    /// <param name="arena">The UTF-8 bytes of the strings.</param>
    /// <param name="start">Where each string starts; one more entry than strings.</param>
    /// <param name="key">The string of each id (every entry a valid string index).</param>
    /// <param name="duplicate">The first id that repeats an earlier one, or -1.</param>
    public PackedIdTable(byte[] arena, int[] start, int[] key, out int duplicate)
    {
        _arena = arena;
        _start = start;
        _key = key;
        _slots = new ulong[SlotCount(key.Length)];
        duplicate = -1;
        var mask = _slots.Length - 1;
        for (var i = 0; i < key.Length; i++)
        {
            var id = KeyOf(i);
            var hash = NodeIdTable.Hash(id);
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

    private PackedIdTable(byte[] arena, int[] start, int[] key, ulong[] slots)
    {
        _arena = arena;
        _start = start;
        _key = key;
        _slots = slots;
    }

    /// <summary>The table's slots, <c>(hash &lt;&lt; 32) | (index + 1)</c>, 0 for empty (what a snapshot stores).</summary>
    public ReadOnlySpan<ulong> Slots => _slots;

    /// <summary>The number of slots for <paramref name="count"/> ids: a power of two, at least twice the ids and 16.</summary>
    public static int SlotCount(int count) => Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, count) * 2));

    /// <summary>
    /// Takes stored slots as the table after checking, in one pass over them, that they are exactly the table of these
    /// ids: every id in one slot, with its hash, reachable from its hash's home slot without crossing an empty one, and
    /// no other id with the same bytes before it on the way (two equal ids always share that way). So every id is found
    /// and nothing else is. The arrays are kept, not copied.
    /// </summary>
    /// <param name="arena">The UTF-8 bytes of the strings.</param>
    /// <param name="start">Where each string starts; one more entry than strings.</param>
    /// <param name="key">The string of each id (every entry a valid string index).</param>
    /// <param name="hashes">Each id's <see cref="NodeIdTable.Hash"/>.</param>
    /// <param name="slots">The stored slots (<see cref="SlotCount"/> of them).</param>
    /// <param name="duplicate">Whether two ids are the same (then the result is null).</param>
    /// <returns>The table, or null when the slots are not the ids' table or two ids are the same.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per open, over every slot
    public static PackedIdTable? Adopt(byte[] arena, int[] start, int[] key, uint[] hashes, ulong[] slots, out bool duplicate)
    {
        duplicate = false;
        var n = key.Length;
        var table = new PackedIdTable(arena, start, key, slots);
        var mask = slots.Length - 1;

        // The scan starts after an empty slot so that no run of full slots wraps around it; positions are counted from
        // there (step), so a run's start is a plain number.
        var empty = Array.IndexOf(slots, 0UL);
        if (slots.Length != SlotCount(n) || empty < 0)
        {
            return null;
        }

        var seen = new ulong[(n + 63) >> 6];
        var filled = 0;
        var runStart = 1;
        for (var step = 1; step <= slots.Length; step++)
        {
            var s = (empty + step) & mask;
            var slot = slots[s];
            if (slot == 0)
            {
                runStart = step + 1;
                continue;
            }

            var index = (int)(uint)slot - 1;
            var hash = (uint)(slot >> 32);
            var back = (s - (int)(hash & mask)) & mask; // how far past its home slot the id lies
            if ((uint)index >= (uint)n || (seen[index >> 6] & (1UL << index)) != 0 || hashes[index] != hash || back > step - runStart)
            {
                return null;
            }

            seen[index >> 6] |= 1UL << index;
            filled++;

            // An id equal to this one has the same home, so it lies between that home and here.
            for (var t = step - 1; t >= step - back; t--)
            {
                var other = slots[(empty + t) & mask];
                if ((uint)(other >> 32) == hash && table.KeyOf((int)(uint)other - 1).SequenceEqual(table.KeyOf(index)))
                {
                    duplicate = true;
                    return null;
                }
            }
        }

        return filled == n ? table : null;
    }

    /// <summary>The UTF-8 bytes of the id with index <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> KeyOf(int index)
    {
        var k = _key[index];
        return _arena.AsSpan(_start[k], _start[k + 1] - _start[k]);
    }

    /// <inheritdoc />
    public override int IndexOf(ReadOnlySpan<byte> id)
    {
        var hash = NodeIdTable.Hash(id);
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
                // The index is checked although a stored table was checked when it was adopted: a bad one can only miss.
                var index = (int)(uint)slot - 1;
                if ((uint)index < (uint)_key.Length && KeyOf(index).SequenceEqual(id))
                {
                    return index;
                }
            }
        }
    }
}
