using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// Blast radius: for each failure candidate (or each country, all its candidates failing together), the targets it
/// stops and the number of nodes it makes unavailable. Structure nodes (markets, process steps) are never ranked: their
/// own failure is not an event. Per node this is read off the S sets of <see cref="SinglePointsOfFailure"/> — X stops
/// n iff X ∈ S(n) — in time proportional to their total size, with no cascade per node. Countries are few and their
/// failures are joint, which the S sets do not describe, so each country runs one reference cascade.
/// </summary>
internal static class Criticality
{
    /// <summary>Ranks every node or every country.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="by">What fails together.</param>
    /// <param name="targetIds">The targets (default: <see cref="SupplyGraph.DefaultTargetIds"/>).</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not a defined grouping.</exception>
    /// <exception cref="UnknownNodeException">A target id is not in the graph.</exception>
    public static CriticalityRanking Rank(SupplyGraph graph, CriticalityGrouping by = CriticalityGrouping.Node, IReadOnlyList<string>? targetIds = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Rank(graph, by, targetIds is null ? graph.DefaultTargets() : [.. targetIds.Select(graph.IndexOf)]);
    }

    /// <summary>Ranks every node or every country against the given target indices.</summary>
    internal static CriticalityRanking Rank(SupplyGraph graph, CriticalityGrouping by, IReadOnlyList<int> targets)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var entries = by switch
        {
            CriticalityGrouping.Node => ByNode(graph, targets),
            CriticalityGrouping.Country => ByCountry(graph, targets),
            _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Unknown grouping."),
        };
        entries.Sort((a, b) =>
        {
            var c = b.StoppedTargets.Count.CompareTo(a.StoppedTargets.Count);
            if (c == 0)
            {
                c = b.StoppedNodes.CompareTo(a.StoppedNodes);
            }

            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        return new CriticalityRanking(by, entries);
    }

    private static List<CriticalityEntry> ByNode(SupplyGraph graph, IReadOnlyList<int> targets)
    {
        var sets = SinglePointsOfFailure.Compute(graph);
        var n = graph.NodeCount;
        var stopped = CountContaining(sets.Forest);

        var stoppedTargets = new List<string>?[n];
        foreach (var target in targets.Distinct())
        {
            foreach (var x in sets.SetOf(target))
            {
                (stoppedTargets[x] ??= []).Add(graph[target].Id);
            }
        }

        var entries = new List<CriticalityEntry>(n);
        for (var x = 0; x < n; x++)
        {
            if (!graph.Topology.IsCandidate(x))
            {
                continue;
            }

            var ids = stoppedTargets[x] ?? [];
            ids.Sort(StringComparer.Ordinal);
            entries.Add(new CriticalityEntry(graph[x].Id, ids, (int)(stopped[x] - 1)));
        }

        return entries;
    }

    /// <summary>
    /// For every node x, the number of nodes v with x ∈ S(v), without materialising any set: S(v) is the own parts
    /// along v's links, so x is counted once for every node whose link path passes through a node holding x.
    /// </summary>
    private static long[] CountContaining(StopSetForest forest)
    {
        var n = forest.NodeCount;

        // through[u]: how many nodes' link paths pass through u (u included). A parent always sits one level above
        // its child, so accumulating from the deepest nodes up visits every child before its parent.
        var through = new long[n];
        var order = new int[n];
        var depths = new int[n];
        for (var v = 0; v < n; v++)
        {
            through[v] = 1;
            order[v] = v;
            depths[v] = -forest.Depth(v);
        }

        Array.Sort(depths, order);
        foreach (var v in order)
        {
            if (forest.Parent(v) is var p and >= 0)
            {
                through[p] += through[v];
            }
        }

        var count = new long[n];
        for (var u = 0; u < n; u++)
        {
            foreach (var x in forest.Own(u))
            {
                count[x] += through[u];
            }
        }

        return count;
    }

    private static List<CriticalityEntry> ByCountry(SupplyGraph graph, IReadOnlyList<int> targets)
    {
        var byCountry = CountryGroups.Of(graph);

        // One independent cascade per country: run them in parallel, each writing only its own slot, so the result
        // (in country order) is the same whatever the scheduling.
        var countries = byCountry.ToArray();
        var distinctTargets = targets.Distinct().ToArray();
        var entries = new CriticalityEntry[countries.Length];
        Parallel.For(0, countries.Length, i =>
        {
            var (country, members) = countries[i];
            var down = FailureCascade.Run(graph.Topology, members.ToArray());
            var ids = distinctTargets.Where(t => down[t]).Select(t => graph[t].Id).Order(StringComparer.Ordinal).ToList();
            entries[i] = new CriticalityEntry(country, ids, down.Count(d => d) - members.Count);
        });

        return [.. entries];
    }
}
