using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Analysis.BruteForce;

/// <summary>
/// The timeline of docs/time.md straight from its definition: a (node, week) table started all up and swept whole,
/// every week at once, until no cell changes (the least fixpoint). Items and buffers come from the links, not from the
/// topology the fast path reads. Slow by design.
/// </summary>
internal static class TimelineReference
{
    /// <summary>down[v][t] for weeks 0 … <paramref name="horizon"/> − 1 when node failed[k] fails for duration[k] weeks.</summary>
    public static bool[][] Run(SupplyGraph graph, int[] failed, int[] duration, int horizon)
    {
        var n = graph.NodeCount;
        var down = new bool[n][];
        for (var v = 0; v < n; v++)
        {
            down[v] = new bool[horizon];
        }

        var items = NaiveCascade.Items(graph);
        bool changed;
        do
        {
            changed = false;
            for (var v = 0; v < n; v++)
            {
                for (var t = 0; t < horizon; t++)
                {
                    if (!down[v][t] && (Failed(failed, duration, v, t) || items[v].Any(links => Starved(graph, down, links, t))))
                    {
                        down[v][t] = true;
                        changed = true;
                    }
                }
            }
        }
        while (changed);
        return down;
    }

    private static bool Failed(int[] failed, int[] duration, int v, int t)
    {
        for (var k = 0; k < failed.Length; k++)
        {
            if (failed[k] == v && t < duration[k])
            {
                return true;
            }
        }

        return false;
    }

    // Every supplier of the item down in every week of [t − b, t]; weeks before 0 count as up.
    private static bool Starved(SupplyGraph graph, bool[][] down, List<int> links, int t)
    {
        var buffer = links.Max(l => graph.Links[l].InventoryWeeks ?? 0);
        if (t - buffer < 0)
        {
            return false;
        }

        return links.All(l => Enumerable.Range(t - buffer, buffer + 1).All(u => down[graph.SupplierIndex(l)][u]));
    }
}
