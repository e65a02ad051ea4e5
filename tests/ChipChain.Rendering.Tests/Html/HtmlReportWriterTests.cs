using System.Text.RegularExpressions;
using ChipChain.Analysis;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;
using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Html;
using static ChipChain.Rendering.Tests.Html.HtmlReports;

namespace ChipChain.Rendering.Tests.Html;

public sealed partial class HtmlReportWriterTests
{
    private static readonly Lazy<string> H100Report = new(() => Render(SampleGraphs.AiAccelerators, new HtmlReportOptions { Target = "nvidia-h100" }));

    [Fact]
    public void Write_sample_is_one_html_document_that_loads_nothing_from_outside()
    {
        var html = H100Report.Value;

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">").And.EndWith("</html>\n");
        Regex.Count(html, "<html[ >]").Should().Be(1);
        Regex.Count(html, "<body>").Should().Be(1);
        Regex.Count(html, "<svg ").Should().Be(1, "the diagram is inline");
        Regex.Count(html, "<script").Should().Be(5, "two data blocks (the report's and the what-if engine's graph) and three inline scripts");
        Regex.Count(html, "</script>").Should().Be(5);
        html.Should().NotContainAny("<link", "<img", "<iframe", "<object", "<embed", "@import", "<script src");
        References(html).Should().NotBeEmpty("the arrowheads are referenced with url(#...)")
            .And.OnlyContain(r => r.StartsWith('#'), "only references inside the document are allowed");
        html.Should().NotContainAny("fetch(", "XMLHttpRequest", "WebSocket", "import(");
    }

    [Fact]
    public void Write_sample_data_gives_the_h100_spofs_and_cut_sets()
    {
        var data = Data(H100Report.Value);

        data.GetProperty("selected").GetString().Should().Be("nvidia-h100");
        var h100 = Target(data, "nvidia-h100");
        Strings(h100.GetProperty("spofs")).Should().Contain(["nvidia", "tsmc", "sk-hynix", "asml", "carl-zeiss-smt", "trumpf", "cymer", "ajinomoto"])
            .And.NotContain(["nikon", "nvidia-h100"]);
        h100.GetProperty("cutSets").EnumerateArray().Select(p => string.Join("+", Strings(p))).Should().Contain("agc+hoya");
    }

    [Fact]
    public void Write_sample_data_matches_the_analyses_for_every_product()
    {
        var graph = SampleGraphs.AiAccelerators;
        var data = Data(H100Report.Value);
        var stopSets = SinglePointsOfFailure.Compute(graph);

        data.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("id").GetString())
            .Should().Equal(graph.DefaultTargets().Select(t => graph[t].Id), "the products, in node order");
        foreach (var target in data.GetProperty("targets").EnumerateArray())
        {
            var id = target.GetProperty("id").GetString()!;
            Strings(target.GetProperty("spofs")).Should().Equal(stopSets.For(id), id);
            var pairs = MinimalCutSets.Compute(graph, id, 2).CutSets.Where(c => c.Count == 2).Select(c => string.Join("+", c));
            target.GetProperty("cutSets").EnumerateArray().Select(p => string.Join("+", Strings(p))).Should().Equal(pairs, id);
        }
    }

    [Fact]
    public void Write_sample_lights_the_edges_that_carry_each_failure()
    {
        var graph = SampleGraphs.AiAccelerators;
        var diagram = DiagramGraph.From(graph);
        var highlights = DiagramHighlighter.Compute(graph, "nvidia-h100", HighlightMode.CutSets);
        var edges = Target(Data(H100Report.Value), "nvidia-h100").GetProperty("edges");
        var spof = edges.GetProperty("spof").EnumerateArray().Select(e => e.GetInt32()).ToHashSet();
        var cut = edges.GetProperty("cutset").EnumerateArray().Select(e => e.GetInt32()).ToHashSet();

        spof.Should().NotBeEmpty();
        cut.Should().NotBeEmpty().And.NotIntersectWith(spof);
        foreach (var edge in diagram.Edges)
        {
            var roles = edge.LinkIndices.Select(highlights.LinkRole).ToList();
            spof.Contains(edge.Index).Should().Be(roles.Contains(NodeHighlight.SinglePointOfFailure), $"{edge.SupplierId} -> {edge.ConsumerId}");
            cut.Contains(edge.Index).Should().Be(!spof.Contains(edge.Index) && roles.Contains(NodeHighlight.CutSetMember), $"{edge.SupplierId} -> {edge.ConsumerId}");
        }

        // The script finds the edges by the SVG's ids.
        var asml = diagram.Edges.Single(e => e.SupplierId == "asml" && e.ConsumerId == "asml-euv-line");
        spof.Should().Contain(asml.Index);
        H100Report.Value.Should().Contain($"<path id=\"link-{asml.Index}\" class=\"link\" data-supplier=\"asml\" data-consumer=\"asml-euv-line\"");
    }

    [Fact]
    public void Write_sample_node_details_list_suppliers_with_shares_and_consumers()
    {
        var data = Data(H100Report.Value);
        var masks = Node(data, "euv-mask-blanks");
        var h100 = Node(data, "nvidia-h100");

        masks.GetProperty("kind").GetString().Should().Be("input");
        masks.GetProperty("any").GetBoolean().Should().BeTrue();
        var suppliers = masks.GetProperty("items").EnumerateArray().Single().GetProperty("suppliers").EnumerateArray()
            .Select(s => (s.GetProperty("id").GetString(), s.GetProperty("share").GetDouble())).ToList();
        suppliers.Should().Equal(("hoya", 0.65), ("agc", 0.35));
        masks.GetProperty("consumers").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Contain("tsmc-leading-edge");

        h100.GetProperty("country").GetString().Should().Be("US");
        var items = h100.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("item").GetString()!, i => i.GetProperty("suppliers"));
        items.Keys.Should().Contain(["hbm3", "cowos-packaging", "abf-substrate"]);
        items["hbm3"].EnumerateArray().Select(s => s.GetProperty("id").GetString()).Should().Equal("sk-hynix-hbm");
        foreach (var supply in items.Values)
        {
            supply.EnumerateArray().Sum(s => s.GetProperty("share").GetDouble()).Should().BeApproximately(1, 1e-3);
        }
    }

    [Fact]
    public void Write_sample_chokepoint_table_follows_the_bottleneck_ranking()
    {
        var graph = SampleGraphs.AiAccelerators;
        var ranking = new BottleneckAnalysis(graph).ChokepointsOf(graph.IndexOf("nvidia-h100"));
        var section = Section(H100Report.Value, "nvidia-h100");
        var items = ChokepointItem().Matches(section).Select(m => m.Groups[1].Value).ToList();

        items.Should().Equal(ranking.Take(HtmlReportOptions.Default.ChokepointCount).Select(c => c.Row.Item));
        section.Should().Contain($"<b>{ranking.Count(c => c.IsCritical)}</b><span>sole-supplier chokepoints</span>");
        section.Should().Contain($"<b>{SinglePointsOfFailure.Of(graph, "nvidia-h100").Count}</b><span>single points of failure</span>");
        section.Should().NotContain(" hidden>", "the selected target's section is shown");
        Section(H100Report.Value, "apple-m4").Should().StartWith("<section class=\"card target-view\" data-target=\"apple-m4\" hidden>");
    }

    [Fact]
    public void Write_sample_chokepoint_table_uses_the_cli_words_and_number_format()
    {
        var section = Section(H100Report.Value, "nvidia-h100");

        section.Should().Contain("<td class=\"num\">10 000</td><td><span class=\"badge high\">high</span></td>", "the CLI says 'high' and writes HHI as '10 000'");
        section.Should().NotContain("10,000").And.NotContain(">critical</span>");
    }

    [GeneratedRegex("<tr(?: class=\"critical\")?><td class=\"num\">\\d+</td><td><code>([^<]*)</code>")]
    private static partial Regex ChokepointItem();
}
