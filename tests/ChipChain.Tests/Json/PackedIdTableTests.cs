using System.Text;
using ChipChain.Json;
using CsCheck;

namespace ChipChain.Tests.Json;

/// <summary>
/// The id table over packed ids, built from the ids or adopted from stored slots (a snapshot's): a table that is
/// adopted must find every id at its index and nothing else, and slots that are not the ids' table must be refused
/// or, where they are another valid table of the same ids, still answer right. Checked against a dictionary.
/// </summary>
public sealed class PackedIdTableTests
{
    /// <summary>Lists of up to 40 ids drawn from a small alphabet, so that equal ids and shared prefixes are common.</summary>
    private static readonly Gen<string[]> IdLists = Gen.Int[0, 60].Select(v => v % 7 == 0 ? $"n{v}é" : $"n{v}").Array[0, 40];

    [Fact]
    public void Adopt_slots_of_two_ids_finds_both_and_nothing_else()
    {
        var (arena, start, key) = Pack(["tsmc", "asml"]);
        var built = new PackedIdTable(arena, start, key, out var duplicate);
        duplicate.Should().Be(-1);
        built.Slots.Length.Should().Be(16);

        var table = PackedIdTable.Adopt(arena, start, key, Hashes(arena, start, key), built.Slots.ToArray(), out var twice);

        twice.Should().BeFalse();
        table.Should().NotBeNull();
        table!.IndexOf("tsmc"u8).Should().Be(0);
        table.IndexOf("asml"u8).Should().Be(1);
        table.IndexOf("intel"u8).Should().Be(-1);
        table.IndexOf("tsm"u8).Should().Be(-1);
    }

    [Fact]
    public void Adopt_empty_slots_for_ids_is_refused()
    {
        var (arena, start, key) = Pack(["tsmc", "asml"]);
        PackedIdTable.Adopt(arena, start, key, Hashes(arena, start, key), new ulong[16], out var twice).Should().BeNull();
        twice.Should().BeFalse();
    }

    [Fact]
    public void Adopt_slots_of_the_wrong_size_are_refused()
    {
        var (arena, start, key) = Pack(["tsmc", "asml"]);
        var slots = HandBuilt(arena, start, key).Concat(new ulong[16]).ToArray();
        PackedIdTable.Adopt(arena, start, key, Hashes(arena, start, key), slots, out _).Should().BeNull();
    }

    [Fact]
    public void Adopt_slots_that_hold_an_id_twice_report_the_duplicate()
    {
        // Built by hand, as a crafted file could hold them: the table itself is consistent.
        var (arena, start, key) = Pack(["tsmc", "asml", "tsmc"]);
        var slots = HandBuilt(arena, start, key);

        PackedIdTable.Adopt(arena, start, key, Hashes(arena, start, key), slots, out var twice).Should().BeNull();
        twice.Should().BeTrue();
    }

    [Fact]
    public void Adopt_random_id_lists_agrees_with_a_dictionary()
    {
        IdLists.Sample(ids =>
        {
            var (arena, start, key) = Pack(ids);
            var table = PackedIdTable.Adopt(arena, start, key, Hashes(arena, start, key), HandBuilt(arena, start, key), out var twice);
            var distinct = ids.Distinct(StringComparer.Ordinal).Count() == ids.Length;
            twice.Should().Be(!distinct);
            (table is null).Should().Be(!distinct);
            if (table is not null)
            {
                ShouldAnswerLikeADictionary(table, ids);
            }
        }, iter: 500, print: ids => string.Join(",", ids));
    }

    [Fact]
    public void Adopt_damaged_slots_are_refused_or_answer_like_a_dictionary()
    {
        var cases = Gen.Select(IdLists.Where(ids => ids.Length > 0 && ids.Distinct(StringComparer.Ordinal).Count() == ids.Length), Gen.Int[0, 3], Gen.Int, Gen.ULong);
        cases.Sample((ids, how, at, value) =>
        {
            var (arena, start, key) = Pack(ids);
            var slots = HandBuilt(arena, start, key);
            var s = (int)((uint)at % (uint)slots.Length);
            var t = (int)((uint)(at >> 8) % (uint)slots.Length);
            switch (how)
            {
                case 0: slots[s] = value; break; // anything at all
                case 1: slots[s] = (slots[s] & 0xFFFF_FFFF_0000_0000UL) | (uint)(value % (ulong)(ids.Length + 2)); break; // another index
                case 2: (slots[s], slots[t]) = (slots[t], slots[s]); break; // moved
                default: slots[s] = 0; break; // lost
            }

            var table = PackedIdTable.Adopt(arena, start, key, Hashes(arena, start, key), slots, out _);
            if (table is not null)
            {
                ShouldAnswerLikeADictionary(table, ids);
            }
        }, iter: 2000, print: c => $"{string.Join(",", c.Item1)} #{c.Item2} at {c.Item3} = {c.Item4}");
    }

    private static void ShouldAnswerLikeADictionary(PackedIdTable table, string[] ids)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            table.IndexOf(Encoding.UTF8.GetBytes(ids[i])).Should().Be(i, ids[i]);
        }

        foreach (var absent in new[] { "", "n", "n61", "n1 ", "N1" })
        {
            table.IndexOf(Encoding.UTF8.GetBytes(absent)).Should().Be(-1, absent);
        }
    }

    /// <summary>The ids packed as a snapshot stores them: one UTF-8 arena, string starts, id i is string i.</summary>
    private static (byte[] Arena, int[] Start, int[] Key) Pack(string[] ids)
    {
        var start = new int[ids.Length + 1];
        var arena = new List<byte>();
        for (var i = 0; i < ids.Length; i++)
        {
            arena.AddRange(Encoding.UTF8.GetBytes(ids[i]));
            start[i + 1] = arena.Count;
        }

        return (arena.ToArray(), start, Enumerable.Range(0, ids.Length).ToArray());
    }

    private static uint[] Hashes(byte[] arena, int[] start, int[] key) =>
        key.Select(k => NodeIdTable.Hash(arena.AsSpan(start[k], start[k + 1] - start[k]))).ToArray();

    /// <summary>The slots linear probing gives, written out independently of the table (equal ids are both put in).</summary>
    private static ulong[] HandBuilt(byte[] arena, int[] start, int[] key)
    {
        var slots = new ulong[PackedIdTable.SlotCount(key.Length)];
        var hashes = Hashes(arena, start, key);
        for (var i = 0; i < key.Length; i++)
        {
            var s = (int)(hashes[i] & (uint)(slots.Length - 1));
            while (slots[s] != 0)
            {
                s = (s + 1) & (slots.Length - 1);
            }

            slots[s] = ((ulong)hashes[i] << 32) | (uint)(i + 1);
        }

        return slots;
    }
}
