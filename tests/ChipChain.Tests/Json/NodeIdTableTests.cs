using System.Runtime.InteropServices;
using ChipChain.Json;
using CsCheck;

namespace ChipChain.Tests.Json;

public sealed class NodeIdTableTests
{
    /// <summary>The hash as first written (its tail a byte at a time): snapshots store its values, so they must never change.</summary>
    private static uint ReferenceHash(ReadOnlySpan<byte> bytes)
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

    [Fact]
    public void Hash_random_bytes_of_every_short_length_match_the_byte_at_a_time_tail()
    {
        // Each length's tail takes a different path; the bytes sit inside a longer array so reads past them would show.
        Gen.Select(Gen.Byte.Array[0, 40], Gen.Int[0, 40], Gen.Int[0, 8]).Sample((bytes, length, before) =>
        {
            var padded = new byte[before + bytes.Length + 8];
            Array.Fill(padded, (byte)0xA5);
            bytes.CopyTo(padded, before);
            var id = padded.AsSpan(before, Math.Min(length, bytes.Length));
            NodeIdTable.Hash(id).Should().Be(ReferenceHash(id));
        });
    }
}
