using ChipChain.Model;
using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Mermaid;
using ChipChain.Rendering.Styling;
using ChipChain.Rendering.Tests.Support;

namespace ChipChain.Rendering.Tests.Mermaid;

public sealed class MermaidWriterTests
{
    private static string GoldenPath => RepositoryFiles.Path("tests", "ChipChain.Rendering.Tests", "Mermaid", "minimal.golden.mmd");

    private static string RenderMinimal() => MermaidWriter.Write(
        DiagramGraph.From(SampleGraphs.Minimal),
        new DiagramOptions { Title = "Widget chip: cut sets", Highlights = DiagramHighlighter.Compute(SampleGraphs.Minimal, "widget-chip", HighlightMode.CutSets) });

    [Fact]
    public void Write_minimal_matches_golden_file()
    {
        // After a deliberate change: CHIPCHAIN_UPDATE_GOLDEN=1 writes the file, as for the CLI's golden outputs; review the diff.
        if (Environment.GetEnvironmentVariable("CHIPCHAIN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, RenderMinimal());
        }

        RenderMinimal().Should().Be(File.ReadAllText(GoldenPath).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_minimal_has_a_legend_subgraph_with_a_styled_box_for_every_fill()
    {
        var graph = DiagramGraph.From(SampleGraphs.Minimal);
        var text = MermaidWriter.Write(graph, DiagramOptions.Default);

        text.Should().Contain("  subgraph legend [\"legend\"]\n    direction TB\n    legend_0[\"fill: kind");
        var legend = new DiagramStyle(graph, DiagramOptions.Default).Legend;
        for (var i = 0; i < legend.Count; i++)
        {
            // Entry 0 is the heading; the fills follow in the legend's order.
            text.Should().Contain($"    legend_{i + 1}[\"{legend[i].Label}\"]\n");
            text.Should().Contain($"  style legend_{i + 1} fill:{legend[i].Fill},stroke:#555555,stroke-width:1px\n");
        }
    }

    [Fact]
    public void Write_minimal_highlights_sole_supplier_red_and_osat_pair_orange()
    {
        var text = RenderMinimal();

        text.Should().StartWith("---\ntitle: \"Widget chip: cut sets\"\n---\nflowchart LR\n", "the title is YAML: quoted, or its colon would break the diagram");
        text.Should().Contain("class n_designer__a,n_eda__a,n_fab__x,n_wafer__a spof\n", "the lithography market is structure: it cannot fail on its own");
        text.Should().Contain("class n_litho__a,n_litho__b,n_osat__a,n_osat__b cutset\n");
        MermaidWriter.Write(DiagramGraph.From(SampleGraphs.Minimal), DiagramOptions.Default).Should().Contain("class n_litho__a,n_litho__b kind_equipment\n");
    }

    [Fact]
    public void Write_markdown_fence_wraps_the_diagram()
    {
        var text = MermaidWriter.Write(DiagramGraph.From(SampleGraphs.Minimal), DiagramOptions.Default, markdownFence: true);

        text.Should().StartWith("```mermaid\nflowchart LR\n").And.EndWith("```\n");
    }

    [Fact]
    public void Write_sanitises_ids_and_escapes_labels()
    {
        var graph = new SupplyGraphBuilder()
            .AddNode(new Node("end") { Name = "A \"B\" <C> #1 & `d`" })
            .AddNode(new Node("x y_z") { Name = "ok" })
            .AddLink(new Link("end", "x y_z"))
            .Build();
        var text = MermaidWriter.Write(DiagramGraph.From(graph), DiagramOptions.Default);

        text.Should().Contain("  n_end[\"A #quot;B#quot; #lt;C#gt; #35;1 #amp; #96;d#96;\"]\n");
        text.Should().Contain("  n_x_0020y_005fz[\"ok\"]\n");
        text.Should().Contain("  n_end --> n_x_0020y_005fz\n");
    }
}
