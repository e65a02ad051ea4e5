using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Snapshot;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Snapshot;

public sealed partial class SupplyGraphSnapshotTests
{
    [Fact]
    public void Load_random_graphs_equals_json_graph_field_by_field()
    {
        SnapshotTestKit.Graphs().Sample(graph =>
        {
            var json = SnapshotTestKit.ViaJson(graph);
            SnapshotTestKit.ViaSnapshot(json, (snapshot, _) => SnapshotTestKit.ShouldEqual(snapshot, json));
        }, iter: 300, print: RandomGraphs.Describe);
    }

    [Fact]
    public void Load_random_graphs_gives_equal_analyses()
    {
        RandomGraphs.Graphs(8).Sample(graph =>
        {
            var json = SnapshotTestKit.ViaJson(graph);
            SnapshotTestKit.ViaSnapshot(json, (snapshot, _) =>
            {
                var (a, e) = (SinglePointsOfFailure.Compute(snapshot), SinglePointsOfFailure.Compute(json));
                for (var v = 0; v < json.NodeCount; v++)
                {
                    a.SetOf(v).ToArray().Should().Equal(e.SetOf(v).ToArray());
                }

                foreach (var t in json.DefaultTargets())
                {
                    MinimalCutSets.Compute(snapshot, t, 3).CutSets.Should().BeEquivalentTo(MinimalCutSets.Compute(json, t, 3).CutSets, o => o.WithStrictOrdering());
                }

                SupplyLevels.Compute(snapshot).Should().Equal(SupplyLevels.Compute(json));
                for (var x = 0; x < json.NodeCount; x++)
                {
                    SupplyLevels.AfterFailure(snapshot, [x]).Should().Equal(SupplyLevels.AfterFailure(json, [x]));
                }
            });
        }, iter: 300, print: RandomGraphs.Describe);
    }

    [Fact]
    public void Write_json_graph_gives_the_same_bytes_whether_or_not_its_links_were_made()
    {
        // The writer reads ordinary links from the columns and makes only the others; once every link object exists it
        // reads those. Both must write the same file.
        static byte[] Bytes(SupplyGraph graph)
        {
            using var memory = new MemoryStream();
            SupplyGraphSnapshot.Write(graph, memory);
            return memory.ToArray();
        }

        SnapshotTestKit.Graphs().Sample(graph =>
        {
            var (fresh, made) = (SnapshotTestKit.ViaJson(graph), SnapshotTestKit.ViaJson(graph));
            _ = made.Links.Count;
            Bytes(fresh).Should().Equal(Bytes(made));
        }, iter: 200, print: RandomGraphs.Describe);
    }
}
