using System.Buffers.Binary;
using System.Text;
using ChipChain.Json;
using ChipChain.Model;
using ChipChain.Snapshot;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Snapshot;

/// <summary>The stored id table (version 4) and the node columns stored empty.</summary>
public sealed partial class SupplyGraphSnapshotTests
{
    [Fact]
    public void Load_id_table_with_a_slot_lost_is_refused()
    {
        var damaged = (byte[])SmallSnapshot.Value.Clone();
        var (offset, length) = Section(damaged, SnapshotSection.NodeIdSlots);
        var full = Enumerable.Range(0, length / 8).First(s => BinaryPrimitives.ReadUInt64LittleEndian(damaged.AsSpan(offset + (s * 8))) != 0);
        damaged.AsSpan(offset + (full * 8), 8).Clear();
        FixChecksums(damaged, SnapshotSection.NodeIdSlots, offset, length);

        WithFile(damaged, path => Refusal(path).Message.Should().Be($"{path}: snapshot corrupt: the id table does not match the node ids"));
    }

    [Fact]
    public void Load_two_nodes_with_the_same_id_and_a_table_that_holds_both_is_refused()
    {
        // Node 1's id made node 0's, and an id table written for exactly those ids: the table is consistent, the ids are not.
        var damaged = (byte[])SmallSnapshot.Value.Clone();
        Overwrite(damaged, SnapshotSection.NodeId, 1, 0).Should().BeTrue();
        var (idsAt, idsLength) = Section(damaged, SnapshotSection.NodeId);
        var (bytesAt, _) = Section(damaged, SnapshotSection.StringBytes);
        var (offsetsAt, _) = Section(damaged, SnapshotSection.StringOffsets);
        var (slotsAt, slotsLength) = Section(damaged, SnapshotSection.NodeIdSlots);
        var slots = new ulong[slotsLength / 8];
        for (var i = 0; i < idsLength / 4; i++)
        {
            var s = BinaryPrimitives.ReadInt32LittleEndian(damaged.AsSpan(idsAt + (i * 4)));
            var from = BinaryPrimitives.ReadInt32LittleEndian(damaged.AsSpan(offsetsAt + (s * 4)));
            var to = BinaryPrimitives.ReadInt32LittleEndian(damaged.AsSpan(offsetsAt + (s * 4) + 4));
            var hash = NodeIdTable.Hash(damaged.AsSpan(bytesAt + from, to - from));
            var at = (int)(hash & (uint)(slots.Length - 1));
            while (slots[at] != 0)
            {
                at = (at + 1) & (slots.Length - 1);
            }

            slots[at] = ((ulong)hash << 32) | (uint)(i + 1);
        }

        for (var s = 0; s < slots.Length; s++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(damaged.AsSpan(slotsAt + (s * 8)), slots[s]);
        }

        FixChecksums(damaged, SnapshotSection.NodeIdSlots, slotsAt, slotsLength);
        WithFile(damaged, path => Refusal(path).Message.Should().Be($"{path}: snapshot corrupt: two nodes with the same id"));
    }

    [Fact]
    public void Save_node_columns_no_node_uses_are_stored_empty()
    {
        var graph = new SupplyGraphBuilder()
            .AddNode(new Node("fab") { Kind = "foundry", Unit = "wafers/month" })
            .AddNode(new Node("chip") { Kind = "product" })
            .AddLink(new Link("fab", "chip"))
            .Build();
        using var memory = new MemoryStream();
        SupplyGraphSnapshot.Write(graph, memory);
        var bytes = memory.ToArray();

        Section(bytes, SnapshotSection.NodeKind).Length.Should().Be(8);
        Section(bytes, SnapshotSection.NodeUnit).Length.Should().Be(8);
        foreach (var empty in new[]
        {
            SnapshotSection.NodeName, SnapshotSection.NodeCountry, SnapshotSection.NodeCapacity, SnapshotSection.NodeFailureProbability,
            SnapshotSection.NodeTagStart, SnapshotSection.NodeAttributes, SnapshotSection.NodeUnknown, SnapshotSection.NodeRecoveryWeeks,
        })
        {
            Section(bytes, empty).Length.Should().Be(0, empty.ToString());
        }

        WithFile(bytes, path =>
        {
            var loaded = SupplyGraphSnapshot.Load(path);
            SnapshotTestKit.ShouldEqual(loaded, graph);
            loaded[0].Unit.Should().Be("wafers/month");
            loaded[1].Unit.Should().BeNull();
        });
    }

    [Fact]
    public void Load_column_that_must_be_full_stored_empty_is_refused()
    {
        // The node id column may not be empty: its section table entry says length 0, checksums fixed.
        var damaged = (byte[])SmallSnapshot.Value.Clone();
        var count = BinaryPrimitives.ReadInt32LittleEndian(damaged.AsSpan(12));
        for (var e = 0; e < count; e++)
        {
            var entry = damaged.AsSpan(64 + (e * 32), 32);
            if (BinaryPrimitives.ReadUInt32LittleEndian(entry) == (uint)SnapshotSection.NodeId)
            {
                BinaryPrimitives.WriteInt64LittleEndian(entry[16..], 0);
            }
        }

        var (offset, length) = Section(damaged, SnapshotSection.NodeId);
        FixChecksums(damaged, SnapshotSection.NodeId, offset, length);
        WithFile(damaged, path => Refusal(path).Message.Should().Be($"{path}: snapshot corrupt: section NodeId has the wrong length for the header's counts"));
    }

    [Fact]
    public void Load_sample_ids_are_found_through_the_stored_table()
    {
        SnapshotTestKit.ViaSnapshot(SampleGraphs.AiAccelerators, (graph, _) =>
        {
            graph.IndexOf("tsmc").Should().Be(SampleGraphs.AiAccelerators.IndexOf("tsmc")).And.BeGreaterThanOrEqualTo(0);
            graph.IndexOf("nvidia-h100").Should().Be(SampleGraphs.AiAccelerators.IndexOf("nvidia-h100")).And.BeGreaterThanOrEqualTo(0);
            graph.Contains("TSMC").Should().BeFalse();
            graph.Contains(Encoding.UTF8.GetString("tsmc\0"u8)).Should().BeFalse();
        });
    }
}
