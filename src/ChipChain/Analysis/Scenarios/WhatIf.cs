using ChipChain.Model;

namespace ChipChain.Analysis.Scenarios;

/// <summary>
/// Runs a <see cref="Scenario"/>: availability through the reference <see cref="FailureCascade"/> (failed nodes and
/// cut links), levels through <see cref="SupplyLevels"/> (failed nodes at 0, degraded ones capped, cut links
/// delivering nothing). A degraded node stays available; only its level, and those downstream, drop. Cuts through
/// markets run on a graph where the consumer's link reads a private copy of the market (<see cref="CutPlan"/>).
/// </summary>
/// <remarks>
/// A failed country fails its failure candidates only: a market or process step tagged with a country is structure,
/// and stops only through its suppliers. A node named explicitly fails whatever its kind, so a user can ask "what if
/// every EUV tool vanished"; the outcome lists such structure nodes in <see cref="ScenarioOutcome.FailedStructure"/>.
/// </remarks>
internal static class WhatIf
{

    /// <summary>Runs a scenario.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="targetIds">The targets whose stop is reported (default: <see cref="SupplyGraph.DefaultTargetIds"/>).</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">The scenario or <paramref name="targetIds"/> names a node the graph does not have.</exception>
    /// <exception cref="ScenarioException">A failed country has no node, or a cut filter matches no link, directly or through markets.</exception>
    public static ScenarioOutcome Run(SupplyGraph graph, Scenario scenario, IReadOnlyList<string>? targetIds = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Run(graph, scenario, targetIds is null ? graph.DefaultTargets() : [.. targetIds.Select(graph.IndexOf)]);
    }

    /// <summary>Runs a scenario, reporting the given target indices.</summary>
    internal static ScenarioOutcome Run(SupplyGraph graph, Scenario scenario, IReadOnlyList<int> targets)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scenario);
        var n = graph.NodeCount;
        var failed = new bool[n];
        foreach (var id in scenario.FailedNodes)
        {
            failed[graph.IndexOf(id)] = true;
        }

        var countries = scenario.FailedCountries.Count > 0 ? CountryGroups.Of(graph) : null;
        foreach (var country in scenario.FailedCountries)
        {
            if (countries!.TryGetValue(country, out var members))
            {
                members.ForEach(v => failed[v] = true);
            }
            else
            {
                throw new ScenarioException($"no failure candidate has the country '{country}' (nodes without a country, markets and process steps never match)");
            }
        }

        var own = new double[n];
        Array.Fill(own, 1.0);
        foreach (var d in scenario.Degradations)
        {
            var v = graph.IndexOf(d.Id);
            own[v] = Math.Min(own[v], d.Level);
            if (own[v] <= 0)
            {
                failed[v] = true;
            }
        }

        var plan = CutPlan.Create(graph, scenario.Cuts);
        var failedIndices = Enumerable.Range(0, n).Where(v => failed[v]).ToArray();
        foreach (var v in failedIndices)
        {
            own[v] = 0;
        }

        // Market copies made for cut deliveries fail and degrade with the node they copy.
        var planned = plan.Graph;
        var plannedOwn = plan.OriginalOf.Select(v => own[v]).ToArray();
        var plannedFailed = Enumerable.Range(0, planned.NodeCount).Where(v => failed[plan.OriginalOf[v]]).ToArray();
        var down = FailureCascade.Run(planned.Topology, plannedFailed, plan.CutLinks);
        var before = SupplyLevels.Compute(graph);
        var after = SupplyLevels.Compute(planned, plannedOwn, plan.CutLinks);
        var levels = new List<NodeChange<double>>();
        for (var v = 0; v < n; v++)
        {
            var b = LevelNoise.Round(before[v]);
            var a = LevelNoise.Round(after[v]);
            if (a < b)
            {
                levels.Add(new NodeChange<double>(graph[v].Id, b, a));
            }
        }

        levels.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return new ScenarioOutcome(
            Ids(graph, failedIndices),
            Ids(graph, targets.Distinct().Where(t => down[t])),
            Ids(graph, Enumerable.Range(0, n).Where(v => down[v] && !failed[v])),
            levels,
            plan.DirectLinks,
            Ids(graph, failedIndices.Where(v => !graph.Topology.IsCandidate(v))))
        {
            CutDeliveries = plan.Deliveries,
        };
    }

    private static List<string> Ids(SupplyGraph graph, IEnumerable<int> indices)
    {
        var ids = indices.Select(i => graph[i].Id).ToList();
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }
}
