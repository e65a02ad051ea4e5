using ChipChain.Analysis;
using System.Xml.Linq;
using ChipChain.Model;
using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Styling;
using ChipChain.Rendering.Tests.Svg;
using CsCheck;

namespace ChipChain.Rendering.Tests.Highlighting;

public sealed class DiagramHighlighterTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>Brute force over every node, independent of the highlighter's upstream restriction.</summary>
    private static (HashSet<string> Spofs, HashSet<(string, string)> Pairs) BruteForce(SupplyGraph graph, int target)
    {
        var spofs = new HashSet<string>();
        for (var i = 0; i < graph.NodeCount; i++)
        {
            if (i != target && graph[i].IsFailureCandidate && FailureCascade.Run(graph.Topology, [i])[target])
            {
                spofs.Add(graph[i].Id);
            }
        }

        var pairs = new HashSet<(string, string)>();
        for (var i = 0; i < graph.NodeCount; i++)
        {
            for (var j = i + 1; j < graph.NodeCount; j++)
            {
                if (i != target && j != target && graph[i].IsFailureCandidate && graph[j].IsFailureCandidate && !spofs.Contains(graph[i].Id) && !spofs.Contains(graph[j].Id) && FailureCascade.Run(graph.Topology, [i, j])[target])
                {
                    var (a, b) = (graph[i].Id, graph[j].Id);
                    pairs.Add(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a));
                }
            }
        }

        return (spofs, pairs);
    }

    [Fact]
    public void Compute_h100_sample_facts()
    {
        var h = DiagramHighlighter.Compute(SampleGraphs.AiAccelerators, "nvidia-h100", HighlightMode.CutSets);

        h.SinglePointsOfFailure.Should().Contain(["nvidia", "tsmc", "sk-hynix", "asml", "carl-zeiss-smt", "trumpf", "cymer", "ajinomoto"]);
        h.SinglePointsOfFailure.Should().NotContain(["nikon", "nvidia-h100", "euv-tools"], "structure nodes are no failure candidates");
        h.CutSets.Should().Contain(("agc", "hoya"));
        h.CutSetMembers.Should().Contain(["agc", "hoya"]).And.NotContain(h.SinglePointsOfFailure);
        h.RoleOf("nvidia-h100").Should().Be(NodeHighlight.Target);
    }

    [Fact]
    public void Compute_random_graphs_matches_brute_force_cascade()
    {
        var gen = from g in RandomGraphs.Graphs(9)
                  from t in Gen.Int[0, g.NodeCount - 1]
                  select (Graph: g, Target: t);
        gen.Sample(((SupplyGraph Graph, int Target) c) =>
        {
            var (graph, target) = c;
            var (spofs, pairs) = BruteForce(graph, target);
            var h = DiagramHighlighter.Compute(graph, graph[target].Id, HighlightMode.CutSets);
            return h.SinglePointsOfFailure.ToHashSet().SetEquals(spofs) && h.CutSets.ToHashSet().SetEquals(pairs);
        }, iter: 500, print: c => RandomGraphs.Describe(c.Graph) + $" target n{c.Target}");
    }

    [Fact]
    public void Svg_highlights_mark_exactly_the_analysis_result()
    {
        var graph = SampleGraphs.AiAccelerators;
        var (spofs, pairs) = BruteForce(graph, graph.IndexOf("nvidia-h100"));
        var members = pairs.SelectMany(p => new[] { p.Item1, p.Item2 }).ToHashSet();
        var options = new DiagramOptions { Highlights = DiagramHighlighter.Compute(graph, "nvidia-h100", HighlightMode.CutSets) };
        var nodes = SvgDiagramWriterTests.NodeGroups(SvgDiagramWriterTests.Render(graph, options));

        Ids(nodes, "spof").Should().BeEquivalentTo(spofs);
        Ids(nodes, "cutset").Should().BeEquivalentTo(members);
        Ids(nodes, "target").Should().BeEquivalentTo(["nvidia-h100"]);
        nodes.Where(g => (string?)g.Attribute("data-highlight") == "spof").Should().OnlyContain(g => (string?)g.Element(Ns + "rect")!.Attribute("fill") == DiagramStyle.SpofFill);
        nodes.Where(g => (string?)g.Attribute("data-highlight") == "cutset").Should().OnlyContain(g => (string?)g.Element(Ns + "rect")!.Attribute("fill") == DiagramStyle.CutFill);
    }

    [Fact]
    public void Svg_spof_mode_on_upstream_focus_marks_spofs_and_their_affected_links_only()
    {
        var graph = SampleGraphs.AiAccelerators;
        var (spofs, _) = BruteForce(graph, graph.IndexOf("nvidia-h100"));
        var options = new DiagramOptions { Highlights = DiagramHighlighter.Compute(graph, "nvidia-h100", HighlightMode.Spof) };
        var svg = SvgDiagramWriterTests.Render(graph, options, new DiagramFocus { UpstreamOf = "nvidia-h100" });
        var nodes = SvgDiagramWriterTests.NodeGroups(svg);

        Ids(nodes, "spof").Should().BeEquivalentTo(spofs.Where(s => nodes.Any(g => (string?)g.Attribute("data-id") == s)));
        Ids(nodes, "cutset").Should().BeEmpty();
        var affected = svg.Descendants(Ns + "path").Where(p => (string?)p.Attribute("class") == "link affected spof").ToList();
        affected.Should().NotBeEmpty();
        affected.Should().OnlyContain(p => spofs.Contains((string)p.Attribute("data-supplier")!));
        affected.Should().Contain(p => (string?)p.Attribute("data-supplier") == "tsmc" && (string?)p.Attribute("data-consumer") == "tsmc-leading-edge");
    }

    private static IEnumerable<string> Ids(List<XElement> nodes, string role) =>
        nodes.Where(g => (string?)g.Attribute("data-highlight") == role).Select(g => (string)g.Attribute("data-id")!);
}
