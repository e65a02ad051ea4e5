using ChipChain.Model;

namespace ChipChain.Analysis.Scenarios;

/// <summary>
/// The links a scenario's cut filters stop, as a graph the cascade and the levels can run on unchanged. A direct link
/// is cut in place. A delivery through markets (structure nodes without a country) is cut on a private copy of the
/// markets for the consumer's link alone: the link is rewired to the copy, and inside the copy the links from the
/// cut-off suppliers are cut. The market's other consumers keep reading the original, so they keep every supplier.
/// </summary>
/// <remarks>
/// Why a copy per consumer link is exact: a copy of a market region whose links are all intact has the same
/// availability and level as the original (the same equations over the same inputs, and the least fixpoint, resp.
/// the fixpoint from above, of identical systems agree). So the rewired graph differs from the original only in the
/// cut deliveries. The copies carry the originals' own failures and degradations. Nodes of the original graph keep
/// their indices in the planned graph, and so do its links; copies and their links come after them.
/// </remarks>
internal sealed class CutPlan
{
    private CutPlan(SupplyGraph graph, int[] originalOf, int[] cutLinks, int directLinks, int deliveries)
    {
        Graph = graph;
        OriginalOf = originalOf;
        CutLinks = cutLinks;
        DirectLinks = directLinks;
        Deliveries = deliveries;
    }

    /// <summary>The graph to run: the original, or the original with market copies appended.</summary>
    public SupplyGraph Graph { get; }

    /// <summary>For every node of <see cref="Graph"/>, the index of the original node it stands for.</summary>
    public int[] OriginalOf { get; }

    /// <summary>The cut link indices of <see cref="Graph"/>, ascending.</summary>
    public int[] CutLinks { get; }

    /// <summary>The number of direct links cut.</summary>
    public int DirectLinks { get; }

    /// <summary>The number of (supplier, consumer link) deliveries through markets cut.</summary>
    public int Deliveries { get; }

    /// <summary>Whether a node passes deliveries through without a country of its own: a market or category.</summary>
    public static bool IsMarket(Node node) => node.Country is null && !node.IsFailureCandidate;

    /// <summary>Plans the cuts of <paramref name="filters"/> on <paramref name="graph"/>.</summary>
    /// <exception cref="ScenarioException">A filter matches no link and no delivery.</exception>
    public static CutPlan Create(SupplyGraph graph, IReadOnlyList<LinkCutFilter> filters)
    {
        var n = graph.NodeCount;
        var identity = Enumerable.Range(0, n).ToArray();
        if (filters.Count == 0)
        {
            return new CutPlan(graph, identity, [], 0, 0);
        }

        var used = new bool[filters.Count];
        var direct = new SortedSet<int>();
        for (var l = 0; l < graph.Links.Count; l++)
        {
            for (var f = 0; f < filters.Count; f++)
            {
                if (filters[f].Matches(graph, l))
                {
                    direct.Add(l);
                    used[f] = true;
                }
            }
        }

        var market = graph.Nodes.Select(IsMarket).ToArray();
        var regions = new MarketRegions(graph, market);
        var rewired = new List<(int Link, List<int> Region, HashSet<int> CutOff)>();
        for (var l = 0; l < graph.Links.Count; l++)
        {
            var (m, c) = (graph.SupplierIndex(l), graph.ConsumerIndex(l));
            if (!market[m] || market[c])
            {
                continue;
            }

            var cutOff = new HashSet<int>();
            for (var f = 0; f < filters.Count; f++)
            {
                if (!filters[f].MatchesDelivery(graph[c], graph.Links[l].Item))
                {
                    continue;
                }

                foreach (var s in regions.SuppliersOf(m).Where(s => filters[f].MatchesSupplier(graph[s])))
                {
                    cutOff.Add(s);
                    used[f] = true;
                }
            }

            if (cutOff.Count > 0)
            {
                rewired.Add((l, regions.RegionOf(m), cutOff));
            }
        }

        var unused = Array.IndexOf(used, false);
        if (unused >= 0)
        {
            throw new ScenarioException($"the cut {filters[unused]} matches no link, directly or through markets");
        }

        if (rewired.Count == 0)
        {
            return new CutPlan(graph, identity, [.. direct], direct.Count, 0);
        }

        return Build(graph, market, direct, rewired);
    }

    private static CutPlan Build(SupplyGraph graph, bool[] market, SortedSet<int> direct, List<(int Link, List<int> Region, HashSet<int> CutOff)> rewired)
    {
        var builder = new SupplyGraphBuilder();
        var originalOf = new List<int>(graph.NodeCount);
        foreach (var node in graph.Nodes)
        {
            builder.AddNode(node);
            originalOf.Add(originalOf.Count);
        }

        // Copy ids only need to be unique: a control character keeps them clear of every id a file can hold.
        var copyIds = rewired.Select(r => r.Region.ToDictionary(v => v, v => $"{graph[v].Id}\u0001cut{r.Link}")).ToList();
        var supplierOverride = new Dictionary<int, string>();
        for (var k = 0; k < rewired.Count; k++)
        {
            supplierOverride[rewired[k].Link] = copyIds[k][graph.SupplierIndex(rewired[k].Link)];
        }

        for (var l = 0; l < graph.Links.Count; l++)
        {
            var link = graph.Links[l];
            builder.AddLink(supplierOverride.TryGetValue(l, out var copy) ? Relink(link, copy, link.Consumer) : link);
        }

        var cut = new List<int>(direct);
        var linkCount = graph.Links.Count;
        var deliveries = 0;
        for (var k = 0; k < rewired.Count; k++)
        {
            var (_, region, cutOff) = rewired[k];
            var ids = copyIds[k];
            foreach (var v in region)
            {
                var original = graph[v];
                builder.AddNode(new Node(ids[v]) { Name = original.Name, Kind = original.Kind, Requires = original.Requires, CanFail = original.CanFail, RecoveryWeeks = original.RecoveryWeeks });
                originalOf.Add(v);
            }

            foreach (var v in region)
            {
                foreach (var l in InboundLinks(graph, v))
                {
                    var s = graph.SupplierIndex(l);
                    var link = graph.Links[l];
                    builder.AddLink(Relink(link, market[s] ? ids[s] : link.Supplier, ids[v]));
                    if (!market[s] && cutOff.Contains(s))
                    {
                        cut.Add(linkCount);
                        deliveries++;
                    }

                    linkCount++;
                }
            }
        }

        cut.Sort();
        return new CutPlan(builder.Build(), [.. originalOf], [.. cut], direct.Count, deliveries);
    }

    private static Link Relink(Link link, string supplier, string consumer) =>
        new(supplier, consumer) { Item = link.Item, Share = link.Share, Capacity = link.Capacity, InventoryWeeks = link.InventoryWeeks };

    private static IEnumerable<int> InboundLinks(SupplyGraph graph, int node)
    {
        var t = graph.Topology;
        for (var item = t.ItemStart[node]; item < t.ItemStart[node + 1]; item++)
        {
            for (var e = t.EntryStart[item]; e < t.EntryStart[item + 1]; e++)
            {
                yield return t.EntryLink[e];
            }
        }
    }
}
