using ChipChain.Analysis;
using ChipChain.Model;

namespace ChipChain.Rendering.Highlighting;

/// <summary>Computes a target's <see cref="DiagramHighlights"/> on the whole graph (not only the drawn part).</summary>
public static class DiagramHighlighter
{
    /// <summary>Computes the highlights of <paramref name="target"/>.</summary>
    /// <param name="graph">The whole graph.</param>
    /// <param name="target">The target's id.</param>
    /// <param name="mode">What to highlight.</param>
    /// <returns>The highlights.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException"><paramref name="target"/> names no node.</exception>
    public static DiagramHighlights Compute(SupplyGraph graph, string target, HighlightMode mode)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(target);
        var t = graph.IndexOf(target);
        if (mode == HighlightMode.None)
        {
            return new DiagramHighlights(target, mode, [], [], []);
        }

        var spofs = SinglePointsOfFailure.Compute(graph).For(t);
        var pairs = mode == HighlightMode.CutSets
            ? MinimalCutSets.Compute(graph, t, 2).CutSets.Where(c => c.Count == 2).Select(c => (First: graph.IndexOf(c[0]), Second: graph.IndexOf(c[1]))).ToList()
            : [];

        // A link is affected when it carries a highlighted failure out of the failed node: its supplier is in the failed
        // set, its consumer goes down with it and feeds the target. (Marking every link between two downed nodes would
        // paint most of a dense graph red and hide where the failures start.)
        var feedsTarget = Upstream.Mask(graph.Topology, t);
        var linkRoles = new Dictionary<int, NodeHighlight>();
        foreach (var s in spofs)
        {
            Mark(graph, [s], feedsTarget, linkRoles, NodeHighlight.SinglePointOfFailure);
        }

        foreach (var (a, b) in pairs)
        {
            Mark(graph, [a, b], feedsTarget, linkRoles, NodeHighlight.CutSetMember);
        }

        var spofIds = spofs.Select(i => graph[i].Id).Order(StringComparer.Ordinal).ToArray();
        var cutSets = pairs
            .Select(p => string.CompareOrdinal(graph[p.First].Id, graph[p.Second].Id) < 0 ? (graph[p.First].Id, graph[p.Second].Id) : (graph[p.Second].Id, graph[p.First].Id))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ThenBy(p => p.Item2, StringComparer.Ordinal)
            .ToArray();
        return new DiagramHighlights(target, mode, spofIds, cutSets, linkRoles);
    }

    private static void Mark(SupplyGraph graph, int[] failed, bool[] feedsTarget, Dictionary<int, NodeHighlight> roles, NodeHighlight role)
    {
        var down = FailureCascade.Run(graph.Topology, failed);
        for (var l = 0; l < graph.Links.Count; l++)
        {
            var s = graph.SupplierIndex(l);
            var c = graph.ConsumerIndex(l);
            if (failed.Contains(s) && down[c] && feedsTarget[c] && !roles.ContainsKey(l))
            {
                roles[l] = role;
            }
        }
    }
}
