using ChipChain.Model;

namespace ChipChain.Tests.Support;

/// <summary>
/// The availability rule of docs/design.md written again from the links, without the topology: repeat "a node is down if
/// it failed or one of its items has every supplier down or cut" until nothing changes. An independent reference.
/// </summary>
internal static class NaiveCascade
{
    public static bool[] Run(SupplyGraph graph, IEnumerable<int> failed, IEnumerable<int>? cutLinks = null)
    {
        var cut = new HashSet<int>(cutLinks ?? []);
        var down = new bool[graph.NodeCount];
        foreach (var f in failed)
        {
            down[f] = true;
        }

        var items = Items(graph);
        bool changed;
        do
        {
            changed = false;
            for (var v = 0; v < graph.NodeCount; v++)
            {
                if (!down[v] && items[v].Any(links => links.All(l => cut.Contains(l) || down[graph.SupplierIndex(l)])))
                {
                    down[v] = true;
                    changed = true;
                }
            }
        }
        while (changed);
        return down;
    }

    /// <summary>Per node, its items as lists of inbound link indices.</summary>
    public static List<List<int>>[] Items(SupplyGraph graph)
    {
        var items = new List<List<int>>[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var inbound = Enumerable.Range(0, graph.Links.Count).Where(l => graph.ConsumerIndex(l) == v).ToList();
            items[v] = graph[v].Requires == Requirement.Any
                ? (inbound.Count == 0 ? [] : [inbound])
                : inbound.GroupBy(l => graph.Links[l].Item ?? $"\0link{l}").Select(g => g.ToList()).ToList();
        }

        return items;
    }
}
