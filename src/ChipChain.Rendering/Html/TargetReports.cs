using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;
using ChipChain.Rendering.Highlighting;

namespace ChipChain.Rendering.Html;

/// <summary>
/// Chooses the targets a report analyses and computes a <see cref="TargetReport"/> for each, on the whole graph (the
/// drawn part only decides which edges are lit).
/// </summary>
internal static class TargetReports
{
    /// <summary>The targets: <see cref="HtmlReportOptions.Target"/> first when it is not a default target, then the default targets.</summary>
    public static IReadOnlyList<int> Choose(SupplyGraph graph, HtmlReportOptions options)
    {
        var targets = graph.DefaultTargets().Take(Math.Max(0, options.MaxTargets)).ToList();
        if (options.Target is { } id)
        {
            var selected = graph.IndexOf(id);
            if (!targets.Contains(selected))
            {
                targets.Insert(0, selected);
            }
        }

        return targets;
    }

    /// <summary>The edges of <paramref name="diagram"/> that carry a single point of failure, resp. only an order-2 cut set, to <paramref name="target"/>.</summary>
    public static (IReadOnlyList<int> Spof, IReadOnlyList<int> CutSet) Edges(DiagramGraph diagram, string target)
        => Edges(diagram, DiagramHighlighter.Compute(diagram.Graph, target, HighlightMode.CutSets));

    private static (IReadOnlyList<int> Spof, IReadOnlyList<int> CutSet) Edges(DiagramGraph diagram, DiagramHighlights highlights)
    {
        var spofEdges = new List<int>();
        var cutEdges = new List<int>();
        foreach (var edge in diagram.Edges)
        {
            var roles = edge.LinkIndices.Select(highlights.LinkRole).ToList();
            if (roles.Contains(NodeHighlight.SinglePointOfFailure))
            {
                spofEdges.Add(edge.Index);
            }
            else if (roles.Contains(NodeHighlight.CutSetMember))
            {
                cutEdges.Add(edge.Index);
            }
        }

        return (spofEdges, cutEdges);
    }

    public static IReadOnlyList<TargetReport> Compute(DiagramGraph diagram, IReadOnlyList<int> targets, int chokepointCount)
    {
        var graph = diagram.Graph;
        var bottlenecks = new BottleneckAnalysis(graph);
        var reports = new List<TargetReport>(targets.Count);
        var risk = RiskHtml.Applies(graph);
        foreach (var t in targets)
        {
            var id = graph[t].Id;

            // The highlighter runs the shared SPOF and cut-set analyses and finds the links that carry each failure.
            var highlights = DiagramHighlighter.Compute(graph, id, HighlightMode.CutSets);
            var (spofEdges, cutEdges) = Edges(diagram, highlights);
            var ranking = bottlenecks.ChokepointsOf(t);
            var top = ranking.Take(Math.Max(0, chokepointCount)).ToList();
            reports.Add(new TargetReport(id, highlights.SinglePointsOfFailure, highlights.CutSets, top, ranking.Count(c => c.IsCritical), spofEdges, cutEdges)
            {
                Risk = risk ? RiskHtml.Compute(graph, id) : null,
            });
        }

        return reports;
    }
}
