using ChipChain.IO;
using ChipChain.Json;
using ChipChain.Model;
using ChipChain.Snapshot;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Snapshot;

public sealed partial class SupplyGraphSnapshotTests
{
    [Theory]
    [InlineData("minimal.json")]
    [InlineData("ai-accelerators.json")]
    public void Load_sample_graph_equals_json_graph(string name)
    {
        var json = RepositoryFiles.LoadGraph(name);
        SnapshotTestKit.ViaSnapshot(json, (snapshot, _) => SnapshotTestKit.ShouldEqual(snapshot, json));
    }

    [Fact]
    public void Save_file_starts_with_magic_and_version_4()
    {
        SnapshotTestKit.ViaSnapshot(SampleGraphs.Minimal, (_, path) =>
        {
            var bytes = File.ReadAllBytes(path);
            bytes[..8].Should().Equal("CHIPCCG\0"u8.ToArray());
            BitConverter.ToUInt32(bytes, 8).Should().Be(4u);
            BitConverter.ToInt64(bytes, 16).Should().Be(bytes.Length);
        });
    }

    [Fact]
    public void Save_node_ids_come_first_in_the_string_table_in_node_order()
    {
        SnapshotTestKit.ViaSnapshot(SampleGraphs.AiAccelerators, (_, path) =>
        {
            var bytes = File.ReadAllBytes(path);
            var count = BitConverter.ToInt32(bytes, 12);
            var ids = Enumerable.Range(0, count).Select(e => bytes.AsSpan(64 + (e * 32), 32).ToArray())
                .Single(entry => BitConverter.ToUInt32(entry, 0) == (uint)SnapshotSection.NodeId);
            var offset = (int)BitConverter.ToInt64(ids, 8);
            Enumerable.Range(0, SampleGraphs.AiAccelerators.NodeCount).Select(i => BitConverter.ToInt32(bytes, offset + (4 * i)))
                .Should().Equal(Enumerable.Range(0, SampleGraphs.AiAccelerators.NodeCount));
        });
    }

    [Fact]
    public void Load_nodes_made_on_first_use_are_the_same_objects_for_every_thread()
    {
        SnapshotTestKit.ViaSnapshot(SampleGraphs.AiAccelerators, (snapshot, _) =>
        {
            var seen = new Node[4][];
            Parallel.For(0, seen.Length, k => seen[k] = Enumerable.Range(0, snapshot.NodeCount).Select(i => snapshot[(i + (k * 7)) % snapshot.NodeCount]).ToArray());
            for (var k = 1; k < seen.Length; k++)
            {
                for (var i = 0; i < snapshot.NodeCount; i++)
                {
                    seen[k][i].Should().BeSameAs(snapshot[(i + (k * 7)) % snapshot.NodeCount]);
                }
            }

            snapshot.Nodes.Should().Equal(Enumerable.Range(0, snapshot.NodeCount).Select(i => snapshot[i]));
        });
    }

    [Fact]
    public void Load_ids_that_are_no_node_are_not_found()
    {
        SnapshotTestKit.ViaSnapshot(SampleGraphs.AiAccelerators, (snapshot, _) =>
        {
            snapshot.Contains("nvidia-h100").Should().BeTrue();
            snapshot.Contains("nvidia-h10").Should().BeFalse();
            snapshot.Contains("nvidia-h100 ").Should().BeFalse();
            snapshot.Contains("\ud800").Should().BeFalse();
            snapshot.Contains(new string('x', 2000)).Should().BeFalse();
            snapshot.TryGetIndex("tsmc", out var tsmc).Should().BeTrue();
            snapshot[tsmc].Id.Should().Be("tsmc");
        });
    }

    [Fact]
    public void Load_nodes_and_links_have_no_source_positions()
    {
        SnapshotTestKit.ViaSnapshot(SampleGraphs.Minimal, (snapshot, _) =>
        {
            snapshot.Nodes.Should().OnlyContain(n => n.Position == null);
            snapshot.Links.Should().OnlyContain(l => l.Position == null);
        });
    }

    [Fact]
    public void Links_file_changed_after_open_throws_checksum_mismatch()
    {
        SnapshotTestKit.ViaSnapshot(SampleGraphs.Minimal, (snapshot, path) =>
        {
            SupplyGraphSnapshot.Save(SampleGraphs.AiAccelerators, path);
            var act = () => snapshot.Links.Count;
            act.Should().Throw<InvalidSnapshotException>().Which.Problem.Should().Be(SnapshotProblem.ChecksumMismatch);
        });
    }

    [Theory]
    [InlineData("shares")]
    [InlineData("links")]
    [InlineData("item names")]
    public void Topology_arrays_read_on_first_use_file_changed_after_open_throw_checksum_mismatch(string what)
    {
        // These were checked when the file was opened but are read again only when first asked for.
        SnapshotTestKit.ViaSnapshot(SampleGraphs.Minimal, (snapshot, path) =>
        {
            SupplyGraphSnapshot.Save(SampleGraphs.AiAccelerators, path);
            var t = snapshot.Topology;
            Action act = what switch
            {
                "shares" => () => _ = t.EntryShare.Length,
                "links" => () => _ = t.EntryLink.Length,
                _ => () => t.ItemName(0),
            };
            act.Should().Throw<InvalidSnapshotException>().Which.Problem.Should().Be(SnapshotProblem.ChecksumMismatch);
        });
    }

    [Fact]
    public void Topology_arrays_read_on_first_use_match_the_graph_saved()
    {
        SnapshotTestKit.ViaSnapshot(SampleGraphs.AiAccelerators, (snapshot, _) =>
        {
            var (read, saved) = (snapshot.Topology, SampleGraphs.AiAccelerators.Topology);
            read.EntryShare.ToArray().Should().Equal(saved.EntryShare.ToArray());
            read.EntryLink.ToArray().Should().Equal(saved.EntryLink.ToArray());
            read.EntryItem.ToArray().Should().Equal(saved.EntryItem.ToArray());
            Enumerable.Range(0, read.ItemCount).Select(read.ItemName).Should().Equal(Enumerable.Range(0, saved.ItemCount).Select(saved.ItemName));
        });
    }

    [Fact]
    public void SupplyGraphFile_Read_snapshot_named_json_is_read_as_snapshot()
    {
        SnapshotTestKit.ViaSnapshot(SampleGraphs.Minimal, (_, path) =>
        {
            var renamed = Path.ChangeExtension(path, ".json");
            File.Copy(path, renamed);
            try
            {
                var result = SupplyGraphFile.Read(renamed);
                result.IsSnapshot.Should().BeTrue();
                SnapshotTestKit.ShouldEqual(result.Graph!, SampleGraphs.Minimal);
            }
            finally
            {
                File.Delete(renamed);
            }
        });
    }

    [Fact]
    public void SupplyGraphFile_Read_json_named_ccg_reports_not_a_snapshot()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chipchain-{Guid.NewGuid():N}.ccg");
        File.Copy(RepositoryFiles.Graph("minimal.json"), path);
        try
        {
            var result = SupplyGraphFile.Read(path);
            result.Graph.Should().BeNull();
            result.Diagnostics.Should().ContainSingle().Which.Format(path).Should().Be($"{path}: error: not a chipchain snapshot");
            var act = () => SupplyGraphSnapshot.Load(path);
            act.Should().Throw<InvalidSnapshotException>().Which.Message.Should().Be($"{path}: not a chipchain snapshot");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SupplyGraphFile_Read_json_reads_json()
    {
        var result = SupplyGraphFile.Read(RepositoryFiles.Graph("minimal.json"));
        result.IsSnapshot.Should().BeFalse();
        SupplyGraphJson.ToJson(result.Graph!).Should().Be(SupplyGraphJson.ToJson(SampleGraphs.Minimal));
    }
}
