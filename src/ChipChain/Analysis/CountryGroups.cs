using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// The failure candidates of each country: what "a country fails" means everywhere (criticality by country, country
/// dependence, what-if's failed countries). Nodes without a country and structure nodes belong to no country.
/// </summary>
internal static class CountryGroups
{
    /// <summary>Country code → its candidate node indices (ascending), countries in ordinal order.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="within">Only these nodes (for example one target's upstream), or <see langword="null"/> for all.</param>
    public static SortedDictionary<string, List<int>> Of(SupplyGraph graph, bool[]? within = null)
    {
        var groups = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if ((within is null || within[v]) && graph[v].Country is { } country && graph.Topology.IsCandidate(v))
            {
                if (!groups.TryGetValue(country, out var members))
                {
                    members = [];
                    groups.Add(country, members);
                }

                members.Add(v);
            }
        }

        return groups;
    }
}
