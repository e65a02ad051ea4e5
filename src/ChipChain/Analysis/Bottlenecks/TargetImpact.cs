using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// What failures do to one target, computed only in its upstream cone: whether a joint failure stops it (a single
/// candidate by its single points of failure, more by a cascade confined to the cone that stops as soon as the
/// target goes down), and its exposure to one node (1 − its supply level when that node alone fails), re-evaluating
/// only the nodes between that node and the target. Each answer is cached for the target.
/// </summary>
internal sealed class TargetImpact
{
    private const int Decimals = 9;

    private readonly SupplyGraph _graph;
    private readonly int _target;
    private readonly bool[] _upstream;
    private readonly IncrementalCascade _cascade;
    private readonly StopSets _stopSets;
    private readonly Dictionary<string, bool> _stops = new(StringComparer.Ordinal);
    private readonly Dictionary<int, double> _exposure = [];
    private LevelPropagation? _propagation;

    /// <param name="graph">The graph.</param>
    /// <param name="target">The target's node index.</param>
    /// <param name="upstream">The target's upstream cone.</param>
    /// <param name="cascade">A cascade with nothing failed, confined to <paramref name="upstream"/>; left so.</param>
    /// <param name="stopSets">Single points of failure covering the target.</param>
    public TargetImpact(SupplyGraph graph, int target, bool[] upstream, IncrementalCascade cascade, StopSets stopSets)
    {
        _graph = graph;
        _target = target;
        _upstream = upstream;
        _cascade = cascade;
        _stopSets = stopSets;
    }

    /// <summary>
    /// Whether the joint failure of the failure candidates among <paramref name="failed"/> stops the target
    /// (structure cannot fail, so it is left out).
    /// </summary>
    public bool Stops(int[] failed)
    {
        failed = Array.FindAll(failed, _graph.Topology.IsCandidate);
        if (failed.Length == 0)
        {
            return false;
        }

        // A single point of failure among them stops the target whatever the others do (failure only spreads).
        foreach (var f in failed)
        {
            if (f == _target || _stopSets.Stops(f, _target))
            {
                return true;
            }
        }

        if (failed.Length == 1)
        {
            return false;
        }

        var key = string.Join(',', failed.Order());
        if (!_stops.TryGetValue(key, out var stops))
        {
            stops = _cascade.Stops(failed, _target);
            _stops[key] = stops;
        }

        return stops;
    }

    /// <summary>
    /// The exposure of the target to <paramref name="node"/>: 1 − level(target) when the node alone fails, as
    /// <see cref="Analysis.Exposure"/> computes it (1 for a single point of failure, 0 for structure and for nodes
    /// not upstream), for this one node only.
    /// </summary>
    public double Exposure(int node)
    {
        if (node == _target)
        {
            return 1;
        }

        if (!_upstream[node] || !_graph.Topology.IsCandidate(node))
        {
            return 0;
        }

        if (!_exposure.TryGetValue(node, out var loss))
        {
            if (_stopSets.Stops(node, _target))
            {
                loss = 1;
            }
            else
            {
                _propagation ??= new LevelPropagation(_graph, _upstream, Analysis.Exposure.WorkLimit);
                loss = Math.Clamp(Math.Round(1 - _propagation.LevelAfterFailure(node, _target), Decimals), 0, 1);
            }

            _exposure[node] = loss;
        }

        return loss;
    }
}
