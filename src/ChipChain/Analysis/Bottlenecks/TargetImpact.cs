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

    /// <summary>The number of exposures from which <see cref="Prefetch"/> spreads the work over the processors.</summary>
    private const int ParallelFrom = 512;

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
    /// Computes the exposure to each of <paramref name="nodes"/> ahead of <see cref="Exposure"/>, spread over the
    /// processors when there are many (each worker re-evaluates levels in its own copy; every query starts from the
    /// same baseline, so the values do not depend on which worker computes them).
    /// </summary>
    public void Prefetch(IEnumerable<int> nodes)
    {
        var pending = nodes
            .Where(v => v != _target && _upstream[v] && _graph.Topology.IsCandidate(v) && !_exposure.ContainsKey(v) && !_stopSets.Stops(v, _target))
            .Distinct()
            .ToArray();
        if (pending.Length < ParallelFrom || Environment.ProcessorCount < 2)
        {
            return;
        }

        var losses = new double[pending.Length];
        var workers = Math.Min(Environment.ProcessorCount, 4);
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var propagation = new LevelPropagation(_graph, _upstream, Analysis.Exposure.WorkLimit);
            for (var i = w; i < pending.Length; i += workers)
            {
                losses[i] = Loss(propagation, pending[i]);
            }
        });
        for (var i = 0; i < pending.Length; i++)
        {
            _exposure[pending[i]] = losses[i];
        }
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
                loss = Loss(_propagation, node);
            }

            _exposure[node] = loss;
        }

        return loss;
    }

    private double Loss(LevelPropagation propagation, int node) =>
        Math.Clamp(Math.Round(1 - propagation.LevelAfterFailure(node, _target), LevelNoise.Decimals), 0, 1);
}
