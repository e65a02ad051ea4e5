using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// What failures do to the targets: joint failures through the reference cascade (cached per failed set) and
/// single-node exposure from <see cref="Analysis.Exposure"/> (cached per target).
/// </summary>
internal sealed class TargetImpact
{
    private readonly SupplyGraph _graph;
    private readonly Dictionary<string, bool[]> _down = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Dictionary<string, double>> _exposure = [];

    public TargetImpact(SupplyGraph graph) => _graph = graph;

    /// <summary>
    /// Whether the joint failure of the failure candidates among <paramref name="failed"/> stops
    /// <paramref name="target"/> (structure cannot fail, so it is left out).
    /// </summary>
    public bool Stops(int[] failed, int target)
    {
        failed = Array.FindAll(failed, _graph.Topology.IsCandidate);
        if (failed.Length == 0)
        {
            return false;
        }

        var key = string.Join(',', failed.Order());
        if (!_down.TryGetValue(key, out var down))
        {
            down = FailureCascade.Run(_graph.Topology, failed);
            _down[key] = down;
        }

        return down[target];
    }

    /// <summary>The exposure of <paramref name="target"/> to <paramref name="node"/>: 1 − level(target) when the node alone fails.</summary>
    public double Exposure(int node, int target)
    {
        if (node == target)
        {
            return 1;
        }

        if (!_exposure.TryGetValue(target, out var losses))
        {
            losses = Analysis.Exposure.Compute(_graph, target).Exposure.ToDictionary(e => e.Id, e => e.Loss, StringComparer.Ordinal);
            _exposure[target] = losses;
        }

        return losses.GetValueOrDefault(_graph[node].Id);
    }
}
