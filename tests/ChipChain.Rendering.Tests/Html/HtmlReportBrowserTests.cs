using ChipChain.Analysis;
using ChipChain.Rendering.Html;
using static ChipChain.Rendering.Tests.Html.HtmlReports;

namespace ChipChain.Rendering.Tests.Html;

public sealed class HtmlReportBrowserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chipchain-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [BrowserFact]
    public void Report_in_chromium_lights_spofs_shows_clicked_nodes_finds_and_switches_targets()
    {
        var graph = SampleGraphs.AiAccelerators;
        var path = Path.Combine(_dir, "report.html");
        File.WriteAllText(path, Render(graph, new HtmlReportOptions { Target = "nvidia-h100" }));

        var seen = BrowserCheck.Run(path, "asml", "HYNIX", "cambricon-mlu590");

        seen.GetProperty("errors").GetArrayLength().Should().Be(0, seen.GetProperty("errors").ToString());
        seen.GetProperty("requests").GetArrayLength().Should().Be(0, "the report loads nothing");
        seen.GetProperty("initialPanel").GetString().Should().Be("Nvidia H100");
        Strings(seen.GetProperty("initialSpofs")).Should().Equal(SinglePointsOfFailure.Of(graph, "nvidia-h100"), "every SPOF of the sample is drawn");
        seen.GetProperty("clickedPanel").GetString().Should().Be(graph.GetNode("asml").DisplayName);
        seen.GetProperty("clickedRole").GetString().Should().Be("single point of failure of Nvidia H100");
        // The search matches ids and names: the firm, its two lines and the stock its HBM2E came from.
        Strings(seen.GetProperty("matches")).Should().Equal("hbm2e-stock-cn", "sk-hynix", "sk-hynix-dram", "sk-hynix-hbm");
        seen.GetProperty("searchCount").GetString().Should().Be("4 matches");
        Strings(seen.GetProperty("otherSpofs")).Should().Equal(SinglePointsOfFailure.Of(graph, "cambricon-mlu590")).And.Contain("smic").And.NotContain("tsmc");
        Strings(seen.GetProperty("visibleSections")).Should().Equal("cambricon-mlu590");
    }
}
