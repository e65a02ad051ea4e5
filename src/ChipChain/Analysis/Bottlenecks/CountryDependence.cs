using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// Country dependence of a target: losing a country fails every failure candidate with that country code (the
/// target's own included). Only countries of candidates upstream of the target are considered; nodes without a
/// country and structure (markets, process steps) never fail.
/// </summary>
/// <remarks>
/// Cascades run in the target's upstream cone only. The minimum-set search is bounded like
/// <see cref="MinimumCut"/>'s: by cascade evaluations and by node and supplier-entry visits; the result says
/// <c>complete: false</c> when either is reached.
/// </remarks>
internal static class CountryDependence
{
    /// <summary>Analyses the target's dependence on countries.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <param name="maxEvaluations">The limit on cascade evaluations of the minimum-set search.</param>
    /// <param name="maxWork">The limit on node and supplier-entry visits of the minimum-set search.</param>
    /// <returns>The country single points of failure and the minimum country set.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException"><paramref name="targetId"/> names no node.</exception>
    public static CountryDependenceResult Analyse(
        SupplyGraph graph,
        string targetId,
        long maxEvaluations = MinimumCut.DefaultMaxEvaluations,
        long maxWork = MinimumCut.DefaultMaxWork)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targetId);
        var target = graph.IndexOf(targetId);
        var upstream = Upstream.Mask(graph.Topology, target);
        return Analyse(graph, target, upstream, new IncrementalCascade(graph.Topology, upstream), maxEvaluations, maxWork);
    }

    /// <summary>Analyses with a cascade confined to <paramref name="upstream"/> and nothing failed.</summary>
    internal static CountryDependenceResult Analyse(SupplyGraph graph, int target, bool[] upstream, IncrementalCascade cascade, long maxEvaluations, long maxWork)
    {
        var byCountry = CountryGroups.Of(graph, upstream);

        var codes = byCountry.Keys.ToList();
        var groups = byCountry.Values.Select(m => m.ToArray()).ToList();
        var single = new List<string>();
        for (var g = 0; g < groups.Count; g++)
        {
            if (cascade.Stops(groups[g], target))
            {
                single.Add(codes[g]);
            }
        }

        if (single.Count > 0)
        {
            return new CountryDependenceResult(graph[target].Id, single, [single[0]], complete: true);
        }

        var search = new CutSearch(cascade, groups, target, maxEvaluations, maxWork);
        var found = search.Find(groups.Count);
        var cut = found is null ? [] : found.Select(g => codes[g]).ToList();
        return new CountryDependenceResult(graph[target].Id, single, cut, !search.Stopped);
    }
}
