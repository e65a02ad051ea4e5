using System.Globalization;
using System.Xml.Linq;
using ChipChain.Model;
using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Layout;
using ChipChain.Rendering.Styling;
using ChipChain.Rendering.Svg;
using ChipChain.Rendering.Tests.Support;
using CsCheck;

namespace ChipChain.Rendering.Tests.Svg;

public sealed class SvgDiagramWriterTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    internal static XDocument Render(SupplyGraph graph, DiagramOptions? options = null, DiagramFocus? focus = null)
    {
        var diagram = DiagramGraph.From(graph, focus ?? DiagramFocus.None);
        return XDocument.Parse(SvgDiagramWriter.Write(diagram, LayeredLayout.Compute(diagram), options ?? DiagramOptions.Default));
    }

    internal static List<XElement> NodeGroups(XDocument svg) =>
        svg.Descendants(Ns + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("node ", StringComparison.Ordinal) == true).ToList();

    [Fact]
    public void Write_sample_is_well_formed_svg_with_title_legend_and_arrowheads()
    {
        var svg = Render(SampleGraphs.AiAccelerators, new DiagramOptions { Title = "AI <accelerators> & \"friends\"" });

        svg.Root!.Name.Should().Be(Ns + "svg");
        svg.Descendants(Ns + "text").Should().Contain(t => t.Value == "AI <accelerators> & \"friends\"");
        svg.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "legend").Elements(Ns + "text").Select(t => t.Value)
            .Should().Contain(["equipment", "foundry", "product", "input"]);
        svg.Descendants(Ns + "marker").Select(m => (string?)m.Attribute("id")).Should().Contain("arrow");
        svg.Descendants(Ns + "path").Where(p => (string?)p.Attribute("class") == "link").Should().OnlyContain(p => (string?)p.Attribute("marker-end") == "url(#arrow)");
    }

    [Fact]
    public void Write_every_drawn_node_name_appears_once()
    {
        var graph = SampleGraphs.AiAccelerators;
        var svg = Render(graph);
        var labels = NodeGroups(svg).Select(g => string.Join(" ", g.Elements(Ns + "text").Select(t => t.Value))).ToList();

        labels.Should().HaveCount(graph.NodeCount);
        foreach (var node in graph.Nodes)
        {
            labels.Count(l => l == node.DisplayName).Should().Be(1, node.Id);
        }
    }

    [Fact]
    public void Write_nodes_and_links_carry_model_ids_and_tooltips()
    {
        var graph = SampleGraphs.Minimal;
        var svg = Render(graph);
        var nodes = NodeGroups(svg);
        var links = svg.Descendants(Ns + "path").Where(p => ((string?)p.Attribute("class"))?.StartsWith("link", StringComparison.Ordinal) == true).ToList();

        nodes.Select(g => (string?)g.Attribute("data-id")).Should().BeEquivalentTo(graph.Nodes.Select(n => n.Id));
        nodes.Select(g => (string?)g.Attribute("id")).Should().OnlyHaveUniqueItems();
        var fab = nodes.Single(g => (string?)g.Attribute("data-id") == "fab-x");
        ((string?)fab.Attribute("data-kind")).Should().Be("foundry");
        ((string?)fab.Attribute("data-country")).Should().Be("TW");
        fab.Element(Ns + "title")!.Value.Should().Contain("Fab X").And.Contain("supplies: wafer-fabrication");

        links.Should().HaveCount(graph.Links.Count);
        var packaging = links.Single(p => (string?)p.Attribute("data-supplier") == "osat-a");
        ((string?)packaging.Attribute("data-consumer")).Should().Be("widget-chip");
        packaging.Element(Ns + "title")!.Value.Should().Be("OSAT A \u2192 Widget Chip: packaging");
    }

    [Fact]
    public void Write_twice_is_byte_identical()
    {
        var options = new DiagramOptions { Title = "H100", Highlights = DiagramHighlighter.Compute(SampleGraphs.AiAccelerators, "nvidia-h100", HighlightMode.CutSets) };
        var first = Render(SampleGraphs.AiAccelerators, options).ToString();
        var second = Render(SampleGraphs.AiAccelerators, options).ToString();
        var diagram = DiagramGraph.From(LayeredGraphGenerator.Generate(300));

        second.Should().Be(first);
        SvgDiagramWriter.Write(diagram, LayeredLayout.Compute(diagram), DiagramOptions.Default)
            .Should().Be(SvgDiagramWriter.Write(diagram, LayeredLayout.Compute(diagram), DiagramOptions.Default));
    }

    [Fact]
    public void Write_under_another_culture_uses_invariant_numbers()
    {
        var diagram = DiagramGraph.From(SampleGraphs.Minimal);
        var invariant = SvgDiagramWriter.Write(diagram, LayeredLayout.Compute(diagram), DiagramOptions.Default);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // The build runs in invariant-globalization mode, so a German-like culture is made by hand.
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NegativeSign = "\u2212";
            CultureInfo.CurrentCulture = comma;
            SvgDiagramWriter.Write(diagram, LayeredLayout.Compute(diagram), DiagramOptions.Default).Should().Be(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Write_color_by_country_gives_one_fill_per_country()
    {
        var svg = Render(SampleGraphs.Minimal, new DiagramOptions { ColorBy = ColorScheme.Country });
        var fills = NodeGroups(svg).GroupBy(g => (string?)g.Attribute("data-country"))
            .ToDictionary(g => g.Key!, g => g.Select(n => (string?)n.Element(Ns + "rect")!.Attribute("fill")).Distinct().ToList());

        fills.Values.Should().OnlyContain(f => f.Count == 1);
        fills.Values.Select(f => f[0]).Should().OnlyHaveUniqueItems();
        svg.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "legend").Elements(Ns + "text").Select(t => t.Value)
            .Should().Contain(["JP", "MY", "NL", "TW", "US", "VN", "no country"]);
    }

    [Fact]
    public void Write_random_graphs_with_odd_names_is_well_formed_and_names_each_node_once()
    {
        RandomGraphs.Graphs(10).Sample(graph =>
        {
            var svg = Render(graph);
            var labels = NodeGroups(svg).Select(g => string.Join(" ", g.Elements(Ns + "text").Select(t => t.Value))).ToList();
            return labels.Count == graph.NodeCount && graph.Nodes.All(n => labels.Contains(n.DisplayName));
        }, iter: 200, print: RandomGraphs.Describe);
    }
}
