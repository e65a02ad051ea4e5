using System.Xml.Linq;
using ChipChain.Json;
using ChipChain.Model;
using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Styling;

namespace ChipChain.Rendering.Tests.Views;

/// <summary>The acceptance case of the critical view on the committed ETO graph; skipped, saying why, when the file is absent.</summary>
public sealed class EtoCriticalViewTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";
    private static readonly Lazy<SupplyGraph?> Eto = new(() =>
        File.Exists(RepositoryFiles.Graph("eto-semiconductors.json")) ? SupplyGraphJson.Load(RepositoryFiles.Graph("eto-semiconductors.json")) : null);

    private static SupplyGraph Graph()
    {
        Skip.If(Eto.Value is null, "graphs/eto-semiconductors.json not found above the test binaries (the ETO dataset import is not in this checkout)");
        return Eto.Value!;
    }

    [SkippableFact]
    public void Render_eto_critical_view_of_the_finished_chip_fits_one_screen_with_the_four_firms_in_red()
    {
        var graph = Graph();
        var d = DiagramGraph.From(graph, DiagramFocus.None, DiagramView.Critical("N99"));
        var options = new DiagramOptions { Highlights = DiagramHighlighter.Compute(graph, "N99", HighlightMode.CutSets), Labels = EdgeLabelMode.Share };
        var svg = XDocument.Parse(DiagramRenderer.Render(d, DiagramFormat.Svg, options).Text);
        var red = svg.Descendants(Ns + "g").Where(g => (string?)g.Attribute("data-highlight") == "spof")
            .Select(g => g.Element(Ns + "title")!.Value.Split('\n')[0]).ToList();

        d.NodeCount.Should().BeLessThanOrEqualTo(60, "the critical view must read on one screen");
        red.Should().BeEquivalentTo(["ASML (P88)", "PVA TePla (P58)", "Applied Materials (P81)", "ASM Pacific (P145)"]);
        svg.Descendants(Ns + "rect").Where(r => (string?)r.Attribute("fill") == DiagramStyle.SpofFill).Should().HaveCount(4 + 1, "four boxes and the legend's swatch");
        d.Nodes.Should().Contain(n => n.Id == "P92").And.Contain(n => n.Id == "P93", "JEOL and Vistec are an order-2 cut set");
    }

    [SkippableFact]
    public void Render_eto_critical_view_twice_gives_the_same_bytes()
    {
        var graph = Graph();
        string Once() => DiagramRenderer.Render(DiagramGraph.From(graph, DiagramFocus.None, DiagramView.Critical("N99")), DiagramFormat.Svg, new DiagramOptions { Labels = EdgeLabelMode.Share }).Text;

        Once().Should().Be(Once());
    }
}
