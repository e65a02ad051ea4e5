using System.Numerics;
using System.Runtime.InteropServices;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// Node id to index for the loader, keyed on the ids' UTF-8 bytes, so a link end is looked up straight from the JSON
/// buffer: no decoding to characters and no string per lookup. Open addressing with linear probing. Each slot keeps its
/// id's hash and index and, for ids of up to 23 bytes (nearly all), the id itself, so a lookup reads one slot and
/// nothing else: on a million-node graph the slots, the offsets and the ids are far apart in memory, and three
/// dependent cache misses per link end were most of the load's time. Longer ids are compared in the byte arena.
/// The loaded graph keeps the table as its id index (<see cref="Utf8NodeIndex.TryGetIndex"/>), so no dictionary of strings is built.
/// </summary>
internal sealed class NodeIdTable : Utf8NodeIndex
{
    private const int InlineMax = 23; // byte 23 of an inline key holds its length + 1, so it is never zero
    private Slot[] _slots = new Slot[1 << 10];
    private byte[] _arena = new byte[1 << 14];
    private int[] _start = new int[(1 << 9) + 1]; // id i is _arena[_start[i].._start[i + 1]]
    private int _count;

    /// <summary>An empty table, filled by <see cref="Add(ReadOnlySpan{byte})"/>.</summary>
    public NodeIdTable()
    {
    }

    /// <summary>The UTF-8 bytes of the id with index <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> KeyOf(int index)
    {
        return _arena.AsSpan(_start[index], _start[index + 1] - _start[index]);
    }

    /// <inheritdoc />
    public override int IndexOf(ReadOnlySpan<byte> id) => Find(new Slot(id, -1), id, out _);

    /// <summary>The index of <paramref name="id"/>, whose <paramref name="probe"/> is <see cref="Probe"/>'s, or -1.</summary>
    public int IndexOf(in Slot probe, ReadOnlySpan<byte> id) => Find(probe, id, out _);

    /// <summary>What a lookup of <paramref name="id"/> compares slots with (its hash and, if short, its bytes).</summary>
    public static Slot Probe(ReadOnlySpan<byte> id) => new(id, -1);

    /// <summary>How many lookups to touch at once: about as many cache misses as a core keeps in flight.</summary>
    public const int Batch = 32;

    private static int _sink;

    /// <summary>
    /// Reads the first slot each lookup of <paramref name="probes"/> will read. Touching the slots of a batch of
    /// lookups before doing them lets their cache misses overlap instead of waiting for each in turn.
    /// </summary>
    public void Touch(ReadOnlySpan<Slot> probes)
    {
        var slots = _slots;
        var touched = 0;
        foreach (ref readonly var probe in probes)
        {
            touched |= slots[(int)probe.Hash & (slots.Length - 1)].Entry;
        }

        // Never true (entries are small), but the reads cannot be dropped as unused.
        if (touched == int.MinValue)
        {
            _sink = touched;
        }
    }

    /// <summary>Makes room for <paramref name="ids"/> more ids of <paramref name="bytes"/> bytes in all, so adding them never grows the table.</summary>
    public void Reserve(int ids, int bytes)
    {
        var need = _count + ids;
        if (need * 2 > _slots.Length)
        {
            Rehash((int)BitOperations.RoundUpToPowerOf2((uint)need * 2));
        }

        if (need + 1 > _start.Length)
        {
            Array.Resize(ref _start, need + 1);
        }

        if (_start[_count] + bytes > _arena.Length)
        {
            Array.Resize(ref _arena, _start[_count] + bytes);
        }
    }

    /// <summary>Adds <paramref name="id"/> with the next index, unless it is there already.</summary>
    /// <returns>The index it already had, or -1 when it was added.</returns>
    public int Add(ReadOnlySpan<byte> id) => Add(new Slot(id, -1), id);

    /// <summary>Adds <paramref name="id"/>, whose <paramref name="probe"/> is <see cref="Probe"/>'s, with the next index, unless it is there already.</summary>
    /// <returns>The index it already had, or -1 when it was added.</returns>
    public int Add(in Slot probe, ReadOnlySpan<byte> id)
    {
        var found = Find(probe, id, out var s);
        if (found >= 0)
        {
            return found;
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
        _slots[s] = probe.WithEntry(_count);
        _count++;
        if (_count * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }

        return -1;
    }

    /// <summary>The index of the id <paramref name="probe"/> stands for, or -1 and the empty slot it would take.</summary>
    private int Find(in Slot probe, ReadOnlySpan<byte> id, out int slot)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var s = (int)probe.Hash & mask; ; s = (s + 1) & mask)
        {
            ref readonly var at = ref slots[s];
            if (at.Entry == 0)
            {
                slot = s;
                return -1;
            }

            if (at.Hash == probe.Hash && at.K0 == probe.K0 && at.K1 == probe.K1 && at.K2 == probe.K2
                && (probe.IsInline || KeyOf(at.Entry - 1).SequenceEqual(id)))
            {
                slot = s;
                return at.Entry - 1;
            }
        }
    }

    private void Rehash(int size)
    {
        var slots = new Slot[size];
        var mask = slots.Length - 1;
        foreach (var slot in _slots)
        {
            if (slot.Entry != 0)
            {
                var s = (int)slot.Hash & mask;
                while (slots[s].Entry != 0)
                {
                    s = (s + 1) & mask;
                }

                slots[s] = slot;
            }
        }

        _slots = slots;
    }

    /// <summary>One slot: 32 bytes, so a lookup of a short id touches one or two adjacent cache lines.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal readonly struct Slot
    {
        public readonly uint Hash;
        public readonly int Entry; // index + 1; 0 is an empty slot
        public readonly ulong K0, K1, K2; // an id of up to 23 bytes, zero-padded, its length + 1 in the last byte; else 0

        public Slot(ReadOnlySpan<byte> id, int index)
        {
            Entry = index + 1;
            if (id.Length <= InlineMax)
            {
                Span<byte> key = stackalloc byte[24];
                key.Clear();
                id.CopyTo(key);
                key[InlineMax] = (byte)(id.Length + 1);
                K0 = MemoryMarshal.Read<ulong>(key);
                K1 = MemoryMarshal.Read<ulong>(key[8..]);
                K2 = MemoryMarshal.Read<ulong>(key[16..]);
                var h = (K0 * 0x9E3779B97F4A7C15UL) ^ (K1 * 0xC2B2AE3D27D4EB4FUL) ^ (K2 * 0x165667B19E3779F9UL);
                h ^= h >> 29;
                h *= 0xBF58476D1CE4E5B9UL;
                Hash = (uint)(h ^ (h >> 32));
            }
            else
            {
                Hash = NodeIdTable.Hash(id);
            }
        }

        private Slot(in Slot key, int index)
        {
            this = key;
            Entry = index + 1;
        }

        /// <summary>The same id with index <paramref name="index"/>.</summary>
        public Slot WithEntry(int index) => new(this, index);

        /// <summary>Whether the id is held in the slot (so equal key words mean equal ids).</summary>
        public bool IsInline => K2 != 0;
    }

    /// <summary>A fast 32-bit hash of a short byte string, eight bytes at a time (ids are mostly 10–30 bytes).</summary>
    internal static uint Hash(ReadOnlySpan<byte> bytes)
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
            h = (h ^ Tail(bytes, i)) * 0xC4CEB9FE1A85EC53UL;
        }

        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 32;
        return (uint)h;
    }

    /// <summary>
    /// The last 1–7 bytes from <paramref name="at"/> as a little-endian number. Read as whole words that overlap the
    /// bytes before them (then shifted out) or each other (the shared bytes are the same), not a byte at a time: the
    /// byte loop's length changes from id to id, and its end was mispredicted for nearly every id.
    /// </summary>
    private static ulong Tail(ReadOnlySpan<byte> bytes, int at)
    {
        var count = bytes.Length - at;
        if (bytes.Length >= 8)
        {
            return MemoryMarshal.Read<ulong>(bytes[^8..]) >> (8 * (8 - count));
        }

        if (count >= 4)
        {
            return MemoryMarshal.Read<uint>(bytes[at..]) | ((ulong)MemoryMarshal.Read<uint>(bytes[^4..]) << (8 * (count - 4)));
        }

        ulong tail = bytes[^1];
        for (var k = bytes.Length - 2; k >= at; k--)
        {
            tail = (tail << 8) | bytes[k];
        }

        return tail;
    }
}
