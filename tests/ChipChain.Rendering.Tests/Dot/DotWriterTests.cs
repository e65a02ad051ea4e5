using System.Diagnostics;
using System.Xml.Linq;
using ChipChain.Model;
using ChipChain.Rendering.Dot;
using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Layout;
using ChipChain.Rendering.Styling;
using ChipChain.Rendering.Tests.Support;

namespace ChipChain.Rendering.Tests.Dot;

public sealed class DotWriterTests
{
    private static SupplyGraph Awkward() => new SupplyGraphBuilder()
        .AddNode(new Node("a \"quoted\" id") { Name = "Back\\slash \"Co\"\nNew line", Kind = "materials" })
        .AddNode(new Node("node") { Name = "keyword id", Kind = "product" })
        .AddNode(new Node("-->") { Name = "arrow id", Kind = "weird kind" })
        .AddNode(new Node("legend") { Name = "a node called legend", Kind = "r&d <lab> \"x\"" })
        .AddLink(new Link("a \"quoted\" id", "node") { Item = "x \"y\"" })
        .AddLink(new Link("-->", "node"))
        .Build();

    [Fact]
    public void Write_sample_is_left_to_right_with_quoted_ids_colours_and_highlights()
    {
        var graph = SampleGraphs.AiAccelerators;
        var options = new DiagramOptions { Highlights = DiagramHighlighter.Compute(graph, "nvidia-h100", HighlightMode.Spof), Title = "H100" };
        var dot = DotWriter.Write(DiagramGraph.From(graph), options);

        dot.Should().StartWith("digraph \"H100\" {").And.Contain("rankdir=LR");
        dot.Should().Contain($"\"tsmc\" [label=\"TSMC\", fillcolor=\"{DiagramStyle.SpofFill}\"");
        dot.Should().Contain("\"nikon\" [label=\"Nikon\", fillcolor=\"#8ebde6\"");
        dot.Should().Contain($"\"trumpf\" -> \"asml-euv-line\" [tooltip=\"euv-drive-laser\", color=\"{DiagramStyle.SpofLinkColor}\"");
        dot.Split("->").Length.Should().Be(DiagramGraph.From(graph).Edges.Count + 1);
    }

    [Fact]
    public void Write_cluster_puts_each_kind_in_one_cluster()
    {
        var dot = DotWriter.Write(DiagramGraph.From(SampleGraphs.Minimal), new DiagramOptions { Cluster = true });

        dot.Should().Contain("subgraph \"cluster_osat\" {");
        var cluster = dot[dot.IndexOf("subgraph \"cluster_osat\"", StringComparison.Ordinal)..];
        cluster = cluster[..cluster.IndexOf("  }", StringComparison.Ordinal)];
        cluster.Should().Contain("\"osat-a\"").And.Contain("\"osat-b\"").And.NotContain("\"fab-x\"");
    }

    [Fact]
    public void Write_minimal_has_a_legend_swatch_for_every_fill()
    {
        var graph = DiagramGraph.From(SampleGraphs.Minimal);
        var dot = DotWriter.Write(graph, DiagramOptions.Default);
        var legend = dot[dot.IndexOf("\"legend\" [shape=plaintext", StringComparison.Ordinal)..];

        legend.Should().Contain("fill: kind");
        foreach (var (label, fill) in new DiagramStyle(graph, DiagramOptions.Default).Legend)
        {
            legend.Should().Contain($"bgcolor=\"{fill}\" color=\"#555555\" border=\"1\"></td><td align=\"left\">{label}</td>");
        }
    }

    [Fact]
    public void Write_node_called_legend_keeps_its_own_id_and_the_legend_takes_another()
    {
        var dot = DotWriter.Write(DiagramGraph.From(Awkward()), DiagramOptions.Default);

        dot.Should().Contain("  \"legend\" [label=\"a node called legend\"");
        dot.Should().Contain("  \"_legend\" [shape=plaintext");
        var legend = dot[dot.IndexOf("  \"_legend\"", StringComparison.Ordinal)..];
        legend.Should().Contain("<td align=\"left\">r&amp;d &lt;lab&gt; &quot;x&quot;</td>").And.NotContain("<lab>", "markup in a label is text, not a tag");
    }

    [Fact]
    public void Quote_escapes_quotes_backslashes_and_control_characters()
    {
        DotWriter.Quote("a \"b\" \\c\nd").Should().Be("\"a \\\"b\\\" \\\\c\\x0Ad\"");
    }

    [SkippableTheory]
    [InlineData("sample")]
    [InlineData("awkward")]
    public void Write_is_accepted_by_graphviz(string name)
    {
        Skip.IfNot(GraphvizLayout.IsAvailable(), "Graphviz 'dot' is not on the PATH (apt-get install graphviz); .ci/run installs it");

        var graph = name == "sample" ? SampleGraphs.AiAccelerators : Awkward();
        var options = new DiagramOptions { Cluster = true, Title = "T \"1\"" };
        if (name == "sample")
        {
            options = options with { Highlights = DiagramHighlighter.Compute(graph, "nvidia-h100", HighlightMode.CutSets) };
        }

        var dot = DotWriter.Write(DiagramGraph.From(graph), options);
        var (exit, svg, error) = RunDot(dot);

        exit.Should().Be(0, error);
        var titles = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "title").Select(t => t.Value).ToList();
        titles.Should().Contain(graph.Nodes.Select(n => n.Id));
    }

    private static (int Exit, string Output, string Error) RunDot(string input)
    {
        var start = new ProcessStartInfo("dot") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-Tsvg");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit(60_000).Should().BeTrue();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
