using ChipChain.Analysis;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Analysis;

public sealed class GraphSummaryTests
{
    [Fact]
    public void Of_counts_sources_sinks_products_and_cycles()
    {
        var graph = new GraphSketch().Nodes("a", "b", "c").Product("p").Link("a", "b").Link("b", "c").Link("c", "b").Link("c", "p").Build();
        var summary = GraphSummary.Of(graph);
        summary.Sources.Should().Equal("a");
        summary.Sinks.Should().Equal("p");
        summary.Products.Should().Equal("p");
        summary.Cycles.Should().ContainSingle().Which.Should().Equal("b", "c");
        summary.ItemCount.Should().Be(4);
    }

    [Fact]
    public void Of_sample_counts_kinds_and_countries()
    {
        var summary = GraphSummary.Of(SampleGraphs.AiAccelerators);
        summary.ByKind.Should().Contain(p => p.Key == "product" && p.Value == 7);
        summary.ByCountry.Select(p => p.Key).Should().Contain(["NL", "TW", "US", "JP", "CN"]);
        summary.ByKind.Sum(p => p.Value).Should().Be(summary.NodeCount);
    }
}
