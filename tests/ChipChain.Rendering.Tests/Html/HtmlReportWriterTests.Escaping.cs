using System.Globalization;
using System.Text.RegularExpressions;
using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Rendering.Html;
using ChipChain.Rendering.Layout;
using CsCheck;
using static ChipChain.Rendering.Tests.Html.HtmlReports;

namespace ChipChain.Rendering.Tests.Html;

public sealed partial class HtmlReportWriterTests
{
    private const string Hostile = "</script><script>alert(1)</script> <b>&amp; Co</b> <!-- x";

    private static SupplyGraph HostileGraph() =>
        new SupplyGraphBuilder { Metadata = new GraphMetadata { Name = "Graph </script> & <i>", Description = "<img src=x onerror=alert(2)>" } }
            .AddNode(new Node("chip</script>") { Name = Hostile, Kind = NodeKinds.Product, Country = "<US>" })
            .AddNode(new Node("fab&co") { Name = "Fab & <Co>", Kind = "foundry" })
            .AddNode(new Node("tool\"'") { Name = "Tool \"quoted\" 'single'", Kind = "<kind>" })
            .AddLink(new Link("fab&co", "chip</script>") { Item = "wafers</script>" })
            .AddLink(new Link("tool\"'", "fab&co") { Item = "litho & <etch>" })
            .Build();

    [Fact]
    public void Write_names_with_markup_are_escaped_everywhere()
    {
        var html = Render(HostileGraph());

        Regex.Count(html, "</script>").Should().Be(5, "no name may close a script element");
        Regex.Count(html, "<script").Should().Be(5);
        html.Should().NotContainAny(Hostile, "<b>&amp;", "<i>", "<img", "<!-- x", "<US>", "<kind>", "<Co>", "<etch>");
        html.Should().Contain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;&amp;amp; Co&lt;/b&gt;");
        html.Should().Contain("<title>Graph &lt;/script&gt; &amp; &lt;i&gt;</title>");
        DataText(html).Should().NotContainAny("<", ">", "&").And.Contain("\\u003C/script\\u003E");
        ModelText(html).Should().NotContainAny("<", ">", "&").And.Contain("\\u003C/script\\u003E");
    }

    [Fact]
    public void Write_names_with_markup_survive_in_the_data_unchanged()
    {
        var data = Data(Render(HostileGraph()));

        data.GetProperty("selected").GetString().Should().Be("chip</script>");
        Strings(Target(data, "chip</script>").GetProperty("spofs")).Should().Equal("fab&co", "tool\"'");
        var chip = Node(data, "chip</script>");
        chip.GetProperty("name").GetString().Should().Be(Hostile);
        chip.GetProperty("country").GetString().Should().Be("<US>");
        chip.GetProperty("items")[0].GetProperty("item").GetString().Should().Be("wafers</script>");
        Node(data, "fab&co").GetProperty("consumers")[0].GetProperty("items")[0].GetString().Should().Be("wafers</script>");
    }

    [Fact]
    public void Write_twice_is_byte_identical_and_culture_independent()
    {
        var first = Render(SampleGraphs.AiAccelerators, new HtmlReportOptions { Target = "nvidia-h100" });
        var previous = CultureInfo.CurrentCulture;
        try
        {
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = comma;
            Render(SampleGraphs.AiAccelerators, new HtmlReportOptions { Target = "nvidia-h100" }).Should().Be(first);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        H100Report.Value.Should().Be(first);
    }

    [Fact]
    public void Write_a_target_that_is_no_product_comes_first_and_is_selected()
    {
        var html = Render(SampleGraphs.AiAccelerators, new HtmlReportOptions { Target = "tsmc", Title = "TSMC view" });
        var data = Data(html);

        data.GetProperty("selected").GetString().Should().Be("tsmc");
        data.GetProperty("targets")[0].GetProperty("id").GetString().Should().Be("tsmc");
        data.GetProperty("targets").GetArrayLength().Should().Be(SampleGraphs.AiAccelerators.DefaultTargets().Count + 1);
        html.Should().Contain("<option value=\"tsmc\" selected>TSMC (tsmc)</option>").And.Contain("<h1>TSMC view</h1>");
        Section(html, "tsmc").Should().NotContain(" hidden>");
        Section(html, "nvidia-h100").Should().Contain(" hidden>");
    }

    [Fact]
    public void Write_a_focused_diagram_still_analyses_the_whole_graph()
    {
        var graph = SampleGraphs.AiAccelerators;
        var focus = new DiagramFocus { UpstreamOf = "sk-hynix" };
        var html = Render(graph, new HtmlReportOptions { Target = "nvidia-h100" }, focus);
        var data = Data(html);
        var drawn = DiagramGraph.From(graph, focus);

        Strings(Target(data, "nvidia-h100").GetProperty("spofs")).Should().Equal(SinglePointsOfFailure.Of(graph, "nvidia-h100"));
        Node(data, "nvidia-h100").GetProperty("drawn").GetBoolean().Should().BeFalse();
        Node(data, "sk-hynix").GetProperty("drawn").GetBoolean().Should().BeTrue();
        html.Should().Contain($"The diagram draws {drawn.NodeCount} of the {graph.NodeCount} nodes");
    }

    [Fact]
    public void Write_unknown_target_throws()
    {
        var diagram = DiagramGraph.From(SampleGraphs.Minimal);

        var act = () => HtmlReportWriter.Write(diagram, LayeredLayout.Compute(diagram), new HtmlReportOptions { Target = "no-such-node" });

        act.Should().Throw<UnknownNodeException>();
    }

    [Fact]
    public void Write_random_graphs_data_agrees_with_the_failure_cascade()
    {
        RandomGraphs.Graphs(8).Sample(graph =>
        {
            var html = Render(graph);
            if (Regex.Count(html, "</script>") != 5)
            {
                return false;
            }

            var data = Data(html);
            foreach (var target in data.GetProperty("targets").EnumerateArray())
            {
                var t = graph.IndexOf(target.GetProperty("id").GetString()!);
                var expected = Enumerable.Range(0, graph.NodeCount)
                    .Where(x => x != t && graph[x].IsFailureCandidate && FailureCascade.Run(graph.Topology, [x])[t])
                    .Select(x => graph[x].Id).Order(StringComparer.Ordinal);
                if (!Strings(target.GetProperty("spofs")).SequenceEqual(expected))
                {
                    return false;
                }

                // A pair is listed when together, but neither alone, the two stop the target.
                foreach (var pair in target.GetProperty("cutSets").EnumerateArray())
                {
                    var (a, b) = (graph.IndexOf(pair[0].GetString()!), graph.IndexOf(pair[1].GetString()!));
                    if (!graph[a].IsFailureCandidate || !graph[b].IsFailureCandidate || !FailureCascade.Run(graph.Topology, [a, b])[t] || FailureCascade.Run(graph.Topology, [a])[t] || FailureCascade.Run(graph.Topology, [b])[t])
                    {
                        return false;
                    }
                }
            }

            return data.GetProperty("nodes").EnumerateArray().All(n => n.GetProperty("items").EnumerateArray()
                .All(i => Math.Abs(i.GetProperty("suppliers").EnumerateArray().Sum(s => s.GetProperty("share").GetDouble()) - 1) < 1e-3));
        }, iter: 200, print: RandomGraphs.Describe);
    }
}
