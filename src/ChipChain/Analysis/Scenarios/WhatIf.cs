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
public static class WhatIf
{
    private const int Decimals = 9;

    /// <summary>Runs a scenario.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="targets">The target indices (default: <see cref="SupplyGraph.DefaultTargets"/>).</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">The scenario names a node the graph does not have.</exception>
    /// <exception cref="ScenarioException">A failed country has no node, or a cut filter matches no link, directly or through markets.</exception>
    public static ScenarioOutcome Run(SupplyGraph graph, Scenario scenario, IReadOnlyList<int>? targets = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scenario);
        targets ??= graph.DefaultTargets();
        var n = graph.NodeCount;
        var failed = new bool[n];
        foreach (var id in scenario.FailedNodes)
        {
            failed[graph.IndexOf(id)] = true;
        }

        foreach (var country in scenario.FailedCountries)
        {
            var any = false;
            for (var v = 0; v < n; v++)
            {
                if (string.Equals(graph[v].Country, country, StringComparison.Ordinal) && graph.Topology.IsCandidate(v))
                {
                    failed[v] = any = true;
                }
            }

            if (!any)
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
        var levels = new List<LevelChange>();
        for (var v = 0; v < n; v++)
        {
            var b = Math.Round(before[v], Decimals);
            var a = Math.Round(after[v], Decimals);
            if (a < b)
            {
                levels.Add(new LevelChange(graph[v].Id, b, a));
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
