using ChipChain.Model;
using ChipChain.Rendering.Highlighting;

namespace ChipChain.Rendering.Styling;

/// <summary>The title a diagram gets when none is given: what it shows of the target, or the graph's name.</summary>
public static class DiagramTitles
{
    /// <summary>The default title.</summary>
    /// <param name="graph">The whole graph.</param>
    /// <param name="view">The view drawn.</param>
    /// <param name="highlights">The highlights drawn.</param>
    /// <returns>"Finished logic chip (N99): critical view, …" for a target, else the graph's name (or "Supply graph").</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">The view's target or the highlights' target names no node.</exception>
    public static string Default(SupplyGraph graph, DiagramView view, DiagramHighlights highlights)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(highlights);
        var graphName = graph.Name ?? "Supply graph";
        var target = view.Target ?? (highlights.Mode == HighlightMode.None ? null : highlights.Target);
        var marks = highlights.Mode switch
        {
            HighlightMode.Spof => "single points of failure in red",
            HighlightMode.CutSets => "single points of failure in red, order-2 cut-set members in orange",
            _ => null,
        };
        if (target is null)
        {
            return view.Kind == DiagramViewKind.Firms ? $"{graphName}: firms" : graphName;
        }

        var node = graph.GetNode(target);
        var name = node.DisplayName == node.Id ? node.Id : $"{node.DisplayName} ({node.Id})";
        var what = view.Kind switch
        {
            DiagramViewKind.Critical => "critical view",
            DiagramViewKind.Firms => "firms",
            _ => null,
        };
        var parts = new[] { what, marks }.OfType<string>().ToList();
        return parts.Count == 0 ? graphName : $"{name}: {string.Join(", ", parts)}";
    }
}
