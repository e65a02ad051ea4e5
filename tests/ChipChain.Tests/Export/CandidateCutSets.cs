using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Export;

/// <summary>
/// The minimal cut sets an exported fault tree must have: sets of failure candidates only (structure nodes are gates,
/// never events), {target} included when the target is a candidate. Each as node ids joined by '+', sorted.
/// </summary>
internal static class CandidateCutSets
{
    /// <summary>By brute force: every minimal set of at most <paramref name="order"/> candidates upstream of the target whose cascade stops it.</summary>
    public static List<string> BruteForce(SupplyGraph graph, string targetId, int order)
    {
        var target = graph.IndexOf(targetId);
        var pool = Upstream(graph, target).Where(graph.Topology.IsCandidate).Order().ToArray();
        var cuts = new List<int[]>();
        foreach (var set in Subsets.BySizeThenLex(pool, order))
        {
            if (!cuts.Any(c => c.All(set.Contains)) && FailureCascade.Run(graph.Topology, set)[target])
            {
                cuts.Add(set);
            }
        }

        return Names(cuts.Select(c => c.Select(i => graph[i].Id)));
    }

    /// <summary>
    /// From <see cref="MinimalCutSets"/>, which also tries structure nodes: its sets made of candidates only are
    /// exactly the candidates' minimal cut sets (fixing the structure events false removes every set that uses one and
    /// leaves the others minimal).
    /// </summary>
    public static List<string> FromMinimalCutSets(SupplyGraph graph, string targetId, int order)
    {
        var sets = MinimalCutSets.Compute(graph, targetId, order).CutSets.Select(s => s.AsEnumerable());
        if (graph.GetNode(targetId).IsFailureCandidate)
        {
            sets = sets.Append([targetId]);
        }

        return Names(sets.Where(s => s.All(id => graph.GetNode(id).IsFailureCandidate)));
    }

    private static List<string> Names(IEnumerable<IEnumerable<string>> sets) =>
        [.. sets.Select(s => string.Join("+", s.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];

    private static HashSet<int> Upstream(SupplyGraph graph, int target)
    {
        var seen = new HashSet<int> { target };
        var queue = new Queue<int>([target]);
        while (queue.TryDequeue(out var v))
        {
            var items = graph.Topology.ItemsOf(v);
            for (var item = items.Start.Value; item < items.End.Value; item++)
            {
                foreach (var s in graph.Topology.SuppliersOf(item))
                {
                    if (seen.Add(s))
                    {
                        queue.Enqueue(s);
                    }
                }
            }
        }

        return seen;
    }
}
