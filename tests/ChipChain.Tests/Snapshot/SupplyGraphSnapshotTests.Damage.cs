using System.Buffers.Binary;
using System.IO.Hashing;
using ChipChain.Analysis;
using ChipChain.Snapshot;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Snapshot;

public sealed partial class SupplyGraphSnapshotTests
{
    private static readonly Lazy<byte[]> SmallSnapshot = new(() =>
    {
        using var memory = new MemoryStream();
        SupplyGraphSnapshot.Write(SampleGraphs.Minimal, memory);
        return memory.ToArray();
    });

    [Fact]
    public void Load_every_truncation_is_refused_as_truncated()
    {
        var bytes = SmallSnapshot.Value;
        WithFile(bytes[..0], path => Refusal(path).Problem.Should().Be(SnapshotProblem.NotASnapshot));
        for (var length = 1; length < bytes.Length; length++)
        {
            WithFile(bytes[..length], path =>
            {
                var refusal = Refusal(path);
                refusal.Problem.Should().Be(SnapshotProblem.Truncated);
                refusal.Message.Should().Be($"{path}: snapshot truncated at byte {length}");
            });
        }
    }

    [Fact]
    public void Load_random_flipped_bytes_are_refused()
    {
        var bytes = SmallSnapshot.Value;
        Gen.Select(Gen.Int[0, bytes.Length - 1], Gen.Int[0, 7]).Array[1, 3].Sample(flips =>
        {
            var damaged = (byte[])bytes.Clone();
            foreach (var (at, bit) in flips)
            {
                damaged[at] ^= (byte)(1 << bit);
            }

            if (!damaged.AsSpan().SequenceEqual(bytes))
            {
                WithFile(damaged, path => Refusal(path));
            }
        }, iter: 2000, print: flips => string.Join(",", flips));
    }

    [Theory]
    [InlineData(1u)] // the first layout: the reverse rows stored, ids anywhere in the string table
    [InlineData(2u)] // before inventory and recovery weeks
    [InlineData(3u)] // XxHash64 checksums, no stored id table
    [InlineData(5u)]
    public void Load_wrong_version_is_refused_with_its_number(uint version)
    {
        var damaged = (byte[])SmallSnapshot.Value.Clone();
        BinaryPrimitives.WriteUInt32LittleEndian(damaged.AsSpan(8), version);
        WithFile(damaged, path =>
        {
            var refusal = Refusal(path);
            refusal.Problem.Should().Be(SnapshotProblem.UnsupportedVersion);
            refusal.Message.Should().Be($"{path}: snapshot version {version} is not supported (this tool reads version 4)");
        });
    }

    [Fact]
    public void Load_foreign_file_is_not_a_snapshot()
    {
        WithFile("PK\u0003\u0004 not ours"u8.ToArray(), path =>
            Refusal(path).Message.Should().Be($"{path}: not a chipchain snapshot"));
    }

    [Fact]
    public void Load_inconsistent_values_with_matching_checksums_are_refused_or_safe()
    {
        var bytes = SmallSnapshot.Value;
        var sections = Enum.GetValues<SnapshotSection>().Where(s => s != SnapshotSection.StringBytes && s != SnapshotSection.Metadata).ToArray();
        var values = Gen.OneOf(Gen.Const(-2), Gen.Const(-1), Gen.Const(0), Gen.Int[1, 12], Gen.Const(int.MaxValue), Gen.Const(int.MinValue), Gen.Int);
        Gen.Select(Gen.Int[0, sections.Length - 1], Gen.Int[0, 1000], values).Sample((s, position, value) =>
        {
            var damaged = (byte[])bytes.Clone();
            if (!Overwrite(damaged, sections[s], position, value))
            {
                return;
            }

            WithFile(damaged, path =>
            {
                try
                {
                    var graph = SupplyGraphSnapshot.Load(path);

                    // Whatever was accepted must be usable.
                    _ = graph.Links.Count;
                    SinglePointsOfFailure.Compute(graph);
                    foreach (var t in graph.DefaultTargets())
                    {
                        MinimalCutSets.Compute(graph, t, 2);
                    }
                }
                catch (InvalidSnapshotException ex)
                {
                    ex.Problem.Should().Be(SnapshotProblem.Corrupt, ex.Message);
                }
            });
        }, iter: 2000, print: c => $"{sections[c.Item1]}[{c.Item2}] = {c.Item3}");
    }

    [Fact]
    public void Load_two_nodes_with_the_same_id_is_refused()
    {
        // Node 1's id made the same string as node 0's, checksums fixed: only the id table can notice.
        var damaged = (byte[])SmallSnapshot.Value.Clone();
        Overwrite(damaged, SnapshotSection.NodeId, 1, 0).Should().BeTrue();
        WithFile(damaged, path => Refusal(path).Message.Should().Be($"{path}: snapshot corrupt: two nodes with the same id"));
    }

    [Theory]
    [InlineData((uint)SnapshotSection.ItemStart, "item")]
    [InlineData((uint)SnapshotSection.EntryStart, "entry")]
    public void Load_row_starts_that_go_backwards_past_the_lowest_integer_are_refused(uint sectionId, string what)
    {
        var section = (SnapshotSection)sectionId;
        // Rows 0, a, int.MinValue, -1, b...: each step's difference, taken as a 32-bit subtraction, wraps to a positive
        // number, so only comparing the starts (not subtracting them) sees the rows go backwards.
        var damaged = (byte[])SmallSnapshot.Value.Clone();
        var (offset, length) = Section(damaged, section);
        length.Should().BeGreaterThanOrEqualTo(5 * sizeof(int), "the graph has at least four rows");
        BinaryPrimitives.ReadInt32LittleEndian(damaged.AsSpan(offset + 4)).Should().BePositive();
        Overwrite(damaged, section, 2, int.MinValue).Should().BeTrue();
        Overwrite(damaged, section, 3, -1).Should().BeTrue();
        WithFile(damaged, path => Refusal(path).Message.Should().Be($"{path}: snapshot corrupt: {what} row starts go backwards"));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 })] // a UTF-8 sequence cut short: its text would not name it again
    [InlineData(new byte[] { 0x20 })] // blank
    [InlineData(new byte[] { 0xE3, 0x80, 0x80 })] // blank too (the ideographic space), seen only once decoded
    public void Load_node_id_that_is_not_an_id_is_refused(byte[] id)
    {
        // The first string is node 0's id; its first bytes are replaced (the rest of the id stays), checksums fixed.
        var damaged = (byte[])SmallSnapshot.Value.Clone();
        var (offset, length) = Section(damaged, SnapshotSection.StringBytes);
        var (offsetsAt, _) = Section(damaged, SnapshotSection.StringOffsets);
        var idLength = BinaryPrimitives.ReadInt32LittleEndian(damaged.AsSpan(offsetsAt + 4));
        if (id[0] != 0xC3)
        {
            // A blank id: the whole of node 0's id is blank.
            for (var at = 0; at + id.Length <= idLength; at += id.Length)
            {
                id.CopyTo(damaged.AsSpan(offset + at));
            }

            damaged.AsSpan(offset + (idLength - (idLength % id.Length)), idLength % id.Length).Fill(0x20);
        }
        else
        {
            damaged[offset + idLength - 1] = id[0];
        }

        FixChecksums(damaged, SnapshotSection.StringBytes, offset, length);
        WithFile(damaged, path => Refusal(path).Problem.Should().Be(SnapshotProblem.Corrupt));
    }

    /// <summary>Writes <paramref name="value"/> over an element of a section and fixes every checksum; false when the section is too short.</summary>
    private static bool Overwrite(byte[] file, SnapshotSection section, int position, int value)
    {
        var count = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(12));
        for (var e = 0; e < count; e++)
        {
            var entry = file.AsSpan(64 + (e * 32), 32);
            if (BinaryPrimitives.ReadUInt32LittleEndian(entry) != (uint)section)
            {
                continue;
            }

            var size = BinaryPrimitives.ReadInt32LittleEndian(entry[4..]);
            var offset = (int)BinaryPrimitives.ReadInt64LittleEndian(entry[8..]);
            var length = (int)BinaryPrimitives.ReadInt64LittleEndian(entry[16..]);
            if (length < size)
            {
                return false;
            }

            var at = offset + (position % (length / size) * size);
            switch (size)
            {
                case 1: file[at] = (byte)value; break;
                case 4: BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(at), value); break;
                default: BinaryPrimitives.WriteDoubleLittleEndian(file.AsSpan(at), value / 4.0); break;
            }

            BinaryPrimitives.WriteUInt64LittleEndian(entry[24..], XxHash3.HashToUInt64(file.AsSpan(offset, length)));
            var hash = new XxHash3();
            file.AsSpan(48, 8).Clear();
            hash.Append(file.AsSpan(0, 64 + (count * 32)));
            BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(48), hash.GetCurrentHashAsUInt64());
            return true;
        }

        return false;
    }

    /// <summary>Where a section lies in a snapshot's bytes.</summary>
    private static (int Offset, int Length) Section(byte[] file, SnapshotSection section)
    {
        var count = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(12));
        for (var e = 0; e < count; e++)
        {
            var entry = file.AsSpan(64 + (e * 32), 32);
            if (BinaryPrimitives.ReadUInt32LittleEndian(entry) == (uint)section)
            {
                return ((int)BinaryPrimitives.ReadInt64LittleEndian(entry[8..]), (int)BinaryPrimitives.ReadInt64LittleEndian(entry[16..]));
            }
        }

        throw new InvalidOperationException($"no section {section}");
    }

    /// <summary>Writes a section's checksum again, then the header's.</summary>
    private static void FixChecksums(byte[] file, SnapshotSection section, int offset, int length)
    {
        var count = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(12));
        for (var e = 0; e < count; e++)
        {
            var entry = file.AsSpan(64 + (e * 32), 32);
            if (BinaryPrimitives.ReadUInt32LittleEndian(entry) == (uint)section)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(entry[24..], XxHash3.HashToUInt64(file.AsSpan(offset, length)));
            }
        }

        var hash = new XxHash3();
        file.AsSpan(48, 8).Clear();
        hash.Append(file.AsSpan(0, 64 + (count * 32)));
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(48), hash.GetCurrentHashAsUInt64());
    }

    private static InvalidSnapshotException Refusal(string path)
    {
        var act = () => SupplyGraphSnapshot.Load(path);
        return act.Should().Throw<InvalidSnapshotException>().Which;
    }

    private static void WithFile(byte[] bytes, Action<string> use)
    {
        var path = Path.Combine(Path.GetTempPath(), $"chipchain-damaged-{Guid.NewGuid():N}.ccg");
        File.WriteAllBytes(path, bytes);
        try
        {
            use(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
