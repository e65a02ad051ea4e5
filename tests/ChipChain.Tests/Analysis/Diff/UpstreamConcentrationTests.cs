using ChipChain.Analysis;
using ChipChain.Analysis.Diff;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Diff;

public sealed class UpstreamConcentrationTests
{
    [Fact]
    public void Of_random_graphs_every_target_equals_the_whole_graph_rows_restricted_to_its_upstream()
    {
        var measuredAlone = 0;
        RandomGraphs.Graphs(9).Sample(graph =>
        {
            var fast = new UpstreamConcentration(graph);
            var whole = new UpstreamConcentration(graph, wholeGraph: true);
            if (!fast.MeasuresWholeGraph)
            {
                Interlocked.Increment(ref measuredAlone);
            }

            for (var target = 0; target < graph.NodeCount; target++)
            {
                var upstream = Upstream.Of(graph.Topology, target);
                fast.Of(upstream).Should().BeEquivalentTo(whole.Of(upstream), "target {0}", graph[target].Id);
            }
        }, iter: 2000, print: RandomGraphs.Describe);

        measuredAlone.Should().BeGreaterThan(100, "most random graphs take the path that measures only the items asked about");
    }
}
