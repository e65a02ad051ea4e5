using System.Numerics;

namespace ChipChain.Json;

/// <summary>
/// Node id to index over ids already packed in a byte arena (a snapshot's string table), keyed on their UTF-8 bytes.
/// Open addressing with linear probing; each slot keeps its id's hash beside the index in eight bytes, so the table
/// is a quarter of <see cref="NodeIdTable"/>'s: a snapshot is opened for a handful of lookups, and building the
/// table is most of what opening it costs. Building it is also the duplicate-id check.
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
        _slots = new ulong[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, key.Length) * 2))];
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
                var index = (int)(uint)slot - 1;
                if (KeyOf(index).SequenceEqual(id))
                {
                    return index;
                }
            }
        }
    }

}
