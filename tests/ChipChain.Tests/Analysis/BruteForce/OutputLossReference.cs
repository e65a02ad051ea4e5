using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Analysis.BruteForce;

/// <summary>
/// The weeks-weighted output lost of docs/time.md straight from its definition: the down table of
/// <see cref="TimelineReference"/>, then a (node, week) table of supply levels started at 1 and swept whole, every
/// week at once and over the whole horizon, until it settles; a down cell is 0, any other the minimum over its items of
/// Σ share × the supplier's best level in weeks t − b … t (weeks before 0 at 1). Items and buffers come from the links.
/// Slow by design.
/// </summary>
internal static class OutputLossReference
{
    /// <summary>Per node, Σₜ (1 − levelₜ) over weeks 0 … <paramref name="horizon"/> − 1.</summary>
    public static double[] Run(SupplyGraph graph, int[] failed, int[] duration, int horizon)
    {
        var down = TimelineReference.Run(graph, failed, duration, horizon);
        var n = graph.NodeCount;
        var share = new double[graph.LinkCount];
        var t = graph.Topology;
        for (var e = 0; e < t.EntryCount; e++)
        {
            share[t.EntryLink[e]] = t.EntryShare[e];
        }

        var items = NaiveCascade.Items(graph);
        var level = new double[n][];
        for (var v = 0; v < n; v++)
        {
            level[v] = down[v].Select(d => d ? 0.0 : 1.0).ToArray();
        }

        for (var sweep = 0; sweep < 100_000; sweep++)
        {
            double change = 0;
            for (var v = 0; v < n; v++)
            {
                for (var week = 0; week < horizon; week++)
                {
                    var next = down[v][week] ? 0 : items[v].Select(links => Sum(graph, level, share, links, week)).DefaultIfEmpty(1).Min();
                    next = Math.Min(1, next);
                    change = Math.Max(change, Math.Abs(level[v][week] - next));
                    level[v][week] = next;
                }
            }

            if (change < 1e-14)
            {
                break;
            }
        }

        return Array.ConvertAll(level, row => row.Sum(l => 1 - l));
    }

    private static double Sum(SupplyGraph graph, double[][] level, double[] share, List<int> links, int week)
    {
        var buffer = links.Max(l => graph.Links[l].InventoryWeeks ?? 0);
        return links.Sum(l =>
        {
            var s = graph.SupplierIndex(l);
            return share[l] * Enumerable.Range(week - buffer, buffer + 1).Max(u => u < 0 ? 1 : level[s][u]);
        });
    }
}
