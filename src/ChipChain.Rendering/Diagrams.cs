using ChipChain.Model;
using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Styling;

namespace ChipChain.Rendering;

/// <summary>
/// Diagrams in one call, for code that wants a picture and not the pipeline: the same SVG as
/// <c>chipchain render -o out.svg [--target ID --view critical]</c>, laid out by the built-in layout (so the bytes do
/// not depend on whether Graphviz is installed). <see cref="DiagramRenderer"/> is the full pipeline.
/// </summary>
public static class Diagrams
{
    /// <summary>Draws the whole graph, or, with a target, the target's critical view with its failure points highlighted.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">
    /// A node id: the diagram shows its critical view (single points of failure in red, order-2 cut-set members in
    /// orange, top chokepoints, joined to the target by shortest paths); <see langword="null"/> draws the whole graph.
    /// </param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="UnknownNodeException">No node has the id <paramref name="targetId"/>.</exception>
    public static string Svg(SupplyGraph graph, string? targetId = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (targetId is not null && !graph.Contains(targetId))
        {
            throw new UnknownNodeException(targetId);
        }

        var view = targetId is null ? DiagramView.Full : new DiagramView { Kind = DiagramViewKind.Critical, Target = targetId };
        var diagram = DiagramGraph.From(graph, DiagramFocus.None, view);
        var highlights = targetId is null ? DiagramHighlights.None : DiagramHighlighter.Compute(graph, targetId, HighlightMode.CutSets);
        var options = new DiagramOptions { Title = DiagramTitles.Default(graph, diagram.View, highlights), Highlights = highlights };
        return DiagramRenderer.Render(diagram, DiagramFormat.Svg, options).Text;
    }
}
