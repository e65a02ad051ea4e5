using ChipChain.Analysis.Bottlenecks;
using ChipChain.Rendering.Tests.Support;
using ChipChain.Rendering.Text;

namespace ChipChain.Rendering.Tests.Text;

public sealed class ChokepointTextTests
{
    [Fact]
    public void Why_sole_supplier_the_target_cannot_do_without_names_firm_country_and_hhi()
    {
        var graph = SampleGraphs.AiAccelerators;
        var report = BottleneckAnalysis.Analyse(graph, "nvidia-h100");
        var euv = report.Chokepoints.Single(c => c.Row.Suppliers.Count == 1 && c.Row.Suppliers[0].Id == "asml");

        ChokepointText.Why(graph, euv).Should().Be("sole supplier: ASML (NL), HHI 10 000");
    }

    [Fact]
    public void Why_shared_item_gives_top_share_countries_to_75_and_the_cut_in_percent()
    {
        var graph = SampleGraphs.AiAccelerators;
        var shared = BottleneckAnalysis.Analyse(graph, "nvidia-h100").Chokepoints.First(c => c.Row.SupplierCount > 1);

        var why = ChokepointText.Why(graph, shared);

        why.Should().StartWith($"top supplier: {graph.GetNode(shared.Row.TopSupplier.Id).DisplayName}")
            .And.Contain(shared.Row.CountriesTo75 == 1 ? "1 country reaches 75 %" : $"{shared.Row.CountriesTo75} countries reach 75 %");
        (shared.Exposure > 1e-9).Should().Be(why.Contains("; losing ", StringComparison.Ordinal));
    }
}
