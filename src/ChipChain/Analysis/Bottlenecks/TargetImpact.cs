using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// What failures do to the targets, computed directly with the reference cascade and supply levels and cached per
/// failed set. Deliberately small: it stands in for the shared single-point-of-failure and exposure analyses.
/// </summary>
internal sealed class TargetImpact
{
    private readonly SupplyGraph _graph;
    private readonly Dictionary<string, bool[]> _down = new(StringComparer.Ordinal);
    private readonly Dictionary<int, double[]> _levels = [];

    public TargetImpact(SupplyGraph graph) => _graph = graph;

    /// <summary>Whether the joint failure of <paramref name="failed"/> stops <paramref name="target"/>.</summary>
    public bool Stops(int[] failed, int target)
    {
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
        if (!_levels.TryGetValue(node, out var levels))
        {
            levels = SupplyLevels.AfterFailure(_graph, [node]);
            _levels[node] = levels;
        }

        return Math.Clamp(1 - levels[target], 0, 1);
    }
}
