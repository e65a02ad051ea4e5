using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// Volume at risk (the volume semantics of docs/design.md): for each failure candidate X upstream of a target, the share of the target's supply
/// lost when X alone fails, 1 − level(target). Equal to <see cref="SupplyLevels"/> with X failed, but a single point
/// of failure of the target costs nothing (its loss is 1), and any other failure re-evaluates only the nodes between
/// X and the target whose suppliers' levels changed, in component order, iterating cycles from above to the same
/// tolerance.
/// </summary>
internal static class Exposure
{
    /// <summary>The limit on node re-evaluations of one exposure computation (see docs/limits.md).</summary>
    public const long WorkLimit = 300_000_000;


    /// <summary>Computes the exposure of one target.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <returns>The ranked exposure.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">No node has the id <paramref name="targetId"/>.</exception>
    public static ExposureResult Compute(SupplyGraph graph, string targetId)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targetId);
        return Compute(graph, graph.IndexOf(targetId));
    }

    /// <summary>Computes the exposure of one target.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="target">The target's index.</param>
    /// <returns>The ranked exposure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is out of range.</exception>
    /// <exception cref="AnalysisLimitException">The re-evaluations would exceed <see cref="WorkLimit"/>.</exception>
    internal static ExposureResult Compute(SupplyGraph graph, int target)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, graph.NodeCount);
        var t = graph.Topology;
        var upstream = Upstream.Of(t, target);
        var inUpstream = new bool[t.NodeCount];
        foreach (var v in upstream)
        {
            inUpstream[v] = true;
        }

        // A single point of failure stops the target: its loss is 1 without re-evaluating anything. On a chain that
        // is every node, which would otherwise cost the square of the chain's length.
        var stops = SinglePointsOfFailure.Compute(graph, [target]);
        var propagation = new LevelPropagation(graph, inUpstream, WorkLimit);
        var entries = new List<NodeFigure>(upstream.Count);
        foreach (var failing in upstream)
        {
            if (failing == target || !t.IsCandidate(failing))
            {
                continue;
            }

            var loss = stops.Stops(failing, target) ? 1 : Math.Clamp(Math.Round(1 - propagation.LevelAfterFailure(failing, target), LevelNoise.Decimals), 0, 1);
            entries.Add(new NodeFigure(graph[failing].Id, loss));
        }

        entries.Sort((a, b) =>
        {
            var c = b.Value.CompareTo(a.Value);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        return new ExposureResult(graph[target].Id, entries);
    }
}
