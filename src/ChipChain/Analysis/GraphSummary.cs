using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>The shape of a graph at a glance: counts by kind and country, sources, sinks, products and cycles.</summary>
public sealed class GraphSummary
{
    private GraphSummary()
    {
    }

    /// <summary>The graph's name.</summary>
    public string? Name { get; private init; }

    /// <summary>The number of nodes.</summary>
    public int NodeCount { get; private init; }

    /// <summary>The number of links.</summary>
    public int LinkCount { get; private init; }

    /// <summary>The number of required items over all nodes.</summary>
    public int ItemCount { get; private init; }

    /// <summary>Node counts by kind (nodes without a kind under <c>"(none)"</c>), most frequent first, then by name.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> ByKind { get; private init; } = [];

    /// <summary>Node counts by country (nodes without one under <c>"(none)"</c>), most frequent first, then by code.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> ByCountry { get; private init; } = [];

    /// <summary>Ids of nodes with no suppliers, sorted.</summary>
    public IReadOnlyList<string> Sources { get; private init; } = [];

    /// <summary>Ids of nodes nobody consumes from, sorted.</summary>
    public IReadOnlyList<string> Sinks { get; private init; } = [];

    /// <summary>Ids of nodes of kind <c>product</c>, sorted.</summary>
    public IReadOnlyList<string> Products { get; private init; } = [];

    /// <summary>Each cycle (strongly connected component of more than one node) as its sorted node ids.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles { get; private init; } = [];

    /// <summary>Summarises <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static GraphSummary Of(SupplyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var t = graph.Topology;
        var sources = new List<string>();
        var sinks = new List<string>();
        for (var i = 0; i < graph.NodeCount; i++)
        {
            if (t.ItemStart[i] == t.ItemStart[i + 1])
            {
                sources.Add(graph[i].Id);
            }

            if (t.UsesOf(i).IsEmpty)
            {
                sinks.Add(graph[i].Id);
            }
        }

        var cycles = new List<IReadOnlyList<string>>();
        var scc = graph.Components;
        for (var c = 0; c < scc.Count; c++)
        {
            if (scc.IsCyclic(c))
            {
                var ids = new List<string>();
                foreach (var m in scc.Members(c))
                {
                    ids.Add(graph[m].Id);
                }

                cycles.Add(Sorted(ids));
            }
        }

        cycles.Sort((a, b) => string.CompareOrdinal(a[0], b[0]));
        return new GraphSummary
        {
            Name = graph.Name,
            NodeCount = graph.NodeCount,
            LinkCount = graph.Links.Count,
            ItemCount = t.ItemCount,
            ByKind = Count(graph.Nodes.Select(n => n.Kind)),
            ByCountry = Count(graph.Nodes.Select(n => n.Country)),
            Sources = Sorted(sources),
            Sinks = Sorted(sinks),
            Products = Sorted(graph.Nodes.Where(n => n.Kind == NodeKinds.Product).Select(n => n.Id).ToList()),
            Cycles = cycles,
        };
    }

    private static List<KeyValuePair<string, int>> Count(IEnumerable<string?> values) =>
        values.GroupBy(v => v ?? "(none)", StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();

    private static List<string> Sorted(List<string> ids)
    {
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }
}
