using ChipChain.Model;

namespace ChipChain.Rendering.Highlighting;

/// <summary>
/// Brute force over the reference <see cref="FailureCascade"/>: fail each node upstream of the target (then each
/// pair) and see whether the target goes down. Quadratic in the upstream size, which is fine for drawable graphs.
/// </summary>
internal sealed class CascadeFailureAnalysis : ITargetFailureAnalysis
{
    /// <summary>Above this many upstream candidates the pair search is refused (it would take too long).</summary>
    public const int MaxPairCandidates = 1500;

    public static CascadeFailureAnalysis Instance { get; } = new();

    public IReadOnlyList<int> SinglePointsOfFailure(SupplyGraph graph, int target)
    {
        var result = new List<int>();
        foreach (var candidate in Upstream(graph, target))
        {
            if (FailureCascade.Run(graph.Topology, [candidate])[target])
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    public IReadOnlyList<(int First, int Second)> OrderTwoCutSets(SupplyGraph graph, int target)
    {
        var spof = new HashSet<int>(SinglePointsOfFailure(graph, target));
        var candidates = Upstream(graph, target).Where(c => !spof.Contains(c)).ToArray();
        if (candidates.Length > MaxPairCandidates)
        {
            throw new ArgumentException(
                $"'{graph[target].Id}' has {candidates.Length} upstream nodes that are not single points of failure; the cut-set search is limited to {MaxPairCandidates}",
                nameof(target));
        }

        var result = new List<(int, int)>();
        for (var i = 0; i < candidates.Length; i++)
        {
            for (var j = i + 1; j < candidates.Length; j++)
            {
                if (FailureCascade.Run(graph.Topology, [candidates[i], candidates[j]])[target])
                {
                    result.Add((candidates[i], candidates[j]));
                }
            }
        }

        return result;
    }

    /// <summary>Every node the target depends on, directly or not, ascending; the target itself excluded.</summary>
    internal static int[] Upstream(SupplyGraph graph, int target)
    {
        var topology = graph.Topology;
        var seen = new bool[graph.NodeCount];
        var stack = new Stack<int>();
        stack.Push(target);
        seen[target] = true;
        while (stack.Count > 0)
        {
            var v = stack.Pop();
            var items = topology.ItemsOf(v);
            for (var item = items.Start.Value; item < items.End.Value; item++)
            {
                foreach (var s in topology.SuppliersOf(item))
                {
                    if (!seen[s])
                    {
                        seen[s] = true;
                        stack.Push(s);
                    }
                }
            }
        }

        return Enumerable.Range(0, graph.NodeCount).Where(i => seen[i] && i != target).ToArray();
    }
}
