using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// The bottleneck analysis of a graph: concentration rows computed once, then per target the ranked chokepoints,
/// the minimum cut, country dependence, betweenness and capacity bottlenecks. Failure results are cached across
/// targets where they can be (single points of failure, the edge lists of betweenness); everything per target is
/// confined to its upstream cone, since a failure matters to a target only through nodes upstream of it.
/// </summary>
/// <remarks>
/// Ranking: single-supplier items the target cannot do without first; then by HHI, then by the target's exposure
/// to the top supplier (highest first); then by item and consumers. An item is a chokepoint of the target when one
/// of its consumers is the target or upstream of it, and it is critical or its level is medium or high. Items whose
/// every supplier is a market node are left out: the market node's own row measures that supply.
/// Work limits (docs/limits.md): the cut searches stop after <see cref="MinimumCut.DefaultMaxWork"/> node visits
/// (<c>complete: false</c>), betweenness is estimated from a sample of sources past <see cref="BetweennessMaxWork"/>
/// (<see cref="BottleneckReport.BetweennessSources"/>).
/// </remarks>
internal sealed class BottleneckAnalysis
{
    /// <summary>How many of the most central nodes a report lists.</summary>
    public const int BetweennessCount = 10;

    /// <summary>
    /// The node and edge visits above which betweenness is estimated from a random sample of the target's upstream
    /// nodes as sources instead of all of them.
    /// </summary>
    public const long BetweennessMaxWork = 30_000_000;

    private readonly SupplyGraph _graph;
    private readonly long _maxEvaluations;
    private readonly long _maxWork;
    private readonly IncrementalCascade _cascade;
    private readonly List<int>[] _rowsByConsumer;
    private readonly Lazy<ConeBetweenness> _betweenness;
    private readonly Lazy<IReadOnlyList<CapacityBottleneck>> _capacity;
    private readonly Lazy<StopSets> _stopSets;
    private readonly Lazy<int[]> _targetsStopped;

    /// <summary>Prepares the analysis of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="maxEvaluations">The limit on cascade evaluations of each cut search.</param>
    /// <param name="maxWork">The limit on node and supplier-entry visits of each cut search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public BottleneckAnalysis(SupplyGraph graph, long maxEvaluations = MinimumCut.DefaultMaxEvaluations, long maxWork = MinimumCut.DefaultMaxWork)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        _maxEvaluations = maxEvaluations;
        _maxWork = maxWork;
        _cascade = new IncrementalCascade(graph.Topology);
        Concentration = Bottlenecks.Concentration.Compute(graph);
        _rowsByConsumer = new List<int>[graph.NodeCount];
        for (var r = 0; r < Concentration.Count; r++)
        {
            foreach (var c in Concentration[r].ConsumerIndices)
            {
                (_rowsByConsumer[c] ??= []).Add(r);
            }
        }

        _betweenness = new Lazy<ConeBetweenness>(() => new ConeBetweenness(graph));
        _capacity = new Lazy<IReadOnlyList<CapacityBottleneck>>(() => CapacityBottlenecks.Compute(graph));
        _stopSets = new Lazy<StopSets>(() => SinglePointsOfFailure.Compute(graph));
        _targetsStopped = new Lazy<int[]>(CountTargetsStopped);
    }

    /// <summary>Every concentration row of the graph.</summary>
    public IReadOnlyList<ConcentrationRow> Concentration { get; }

    /// <summary>Analyses one target.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException"><paramref name="targetId"/> names no node.</exception>
    public static BottleneckReport Analyse(SupplyGraph graph, string targetId)
    {
        ArgumentNullException.ThrowIfNull(targetId);
        return new BottleneckAnalysis(graph).For(targetId);
    }

    /// <summary>The report for one target.</summary>
    /// <param name="targetId">The target's id.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="targetId"/> is null.</exception>
    /// <exception cref="UnknownNodeException"><paramref name="targetId"/> names no node.</exception>
    public BottleneckReport For(string targetId)
    {
        ArgumentNullException.ThrowIfNull(targetId);
        return For(_graph.IndexOf(targetId));
    }

    /// <summary>The report for one target, by node index.</summary>
    /// <param name="target">The target's node index.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is out of range.</exception>
    internal BottleneckReport For(int target)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, _graph.NodeCount);
        var upstream = Upstream.Mask(_graph.Topology, target);
        var id = _graph[target].Id;
        var betweenness = _betweenness.Value.Of(upstream, BetweennessMaxWork);
        var values = betweenness.Values;
        var central = Enumerable.Range(0, _graph.NodeCount)
            .Where(v => upstream[v] && v != target && values[v] > 0)
            .Select(v => new NodeFigure(_graph[v].Id, Math.Round(values[v], 6)))
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Take(BetweennessCount)
            .ToList();
        var capacity = _capacity.Value.Where(b => upstream[_graph.IndexOf(b.Consumer)]).ToList();
        _cascade.Mask = upstream;
        try
        {
            return new BottleneckReport(
                id,
                RankChokepoints(target, upstream, int.MaxValue),
                MinimumCut.Find(_graph, target, upstream, _cascade, _stopSets.Value, _maxEvaluations, _maxWork),
                CountryDependence.Analyse(_graph, target, upstream, _cascade, _maxEvaluations, _maxWork),
                central,
                capacity,
                betweenness.Sources,
                betweenness.ConeSize);
        }
        finally
        {
            _cascade.Mask = null;
        }
    }

    /// <summary>Only the ranked chokepoints of one target (no cut searches), by node index.</summary>
    /// <param name="target">The target's node index.</param>
    /// <returns>The chokepoints, most critical first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is out of range.</exception>
    internal IReadOnlyList<Chokepoint> ChokepointsOf(int target) => ChokepointsOf(target, int.MaxValue);

    /// <summary>
    /// The first <paramref name="count"/> ranked chokepoints of one target (no cut searches), by node index: the same
    /// as the first ones of <see cref="ChokepointsOf(int)"/>, but exposure is computed only for the rows that can
    /// still reach the first <paramref name="count"/> places.
    /// </summary>
    /// <param name="target">The target's node index.</param>
    /// <param name="count">How many to return at most.</param>
    /// <returns>The chokepoints, most critical first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is out of range, or <paramref name="count"/> is negative.</exception>
    internal IReadOnlyList<Chokepoint> ChokepointsOf(int target, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, _graph.NodeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var upstream = Upstream.Mask(_graph.Topology, target);
        _cascade.Mask = upstream;
        try
        {
            return RankChokepoints(target, upstream, count);
        }
        finally
        {
            _cascade.Mask = null;
        }
    }

    private List<Chokepoint> RankChokepoints(int target, bool[] upstream, int count)
    {
        var id = _graph[target].Id;
        var impact = new TargetImpact(_graph, target, upstream, _cascade, _stopSets.Value);

        // The rows with a consumer in the cone, in the order of Concentration (the sorts below are stable).
        var rows = new SortedSet<int>();
        for (var v = 0; v < upstream.Length; v++)
        {
            if (upstream[v] && _rowsByConsumer[v] is { } own)
            {
                rows.UnionWith(own);
            }
        }

        var included = new List<(ConcentrationRow Row, bool Stops, bool Critical, double Hhi)>();
        foreach (var r in rows)
        {
            var row = Concentration[r];
            if (row.SupplierIndices.All(IsCategory))
            {
                continue;
            }

            var stops = impact.Stops(row.SupplierIndices);
            var critical = stops && row.SupplierCount == 1;
            if (critical || row.Level != ConcentrationLevel.Low)
            {
                included.Add((row, stops, critical, Math.Round(row.Hhi, 6)));
            }
        }

        // Exposure only decides among rows equal on criticality and HHI: past the count-th row's group, no row can
        // reach the first places.
        var ordered = included.OrderByDescending(c => c.Critical).ThenByDescending(c => c.Hhi).ToList();
        var needed = ordered.Count;
        if (count < ordered.Count)
        {
            needed = count;
            while (needed > 0 && needed < ordered.Count
                && ordered[needed].Critical == ordered[needed - 1].Critical && ordered[needed].Hhi == ordered[needed - 1].Hhi)
            {
                needed++;
            }
        }

        impact.Prefetch(ordered.Take(needed).Select(c => c.Row.SupplierIndices[0]));
        var stopped = needed > 0 ? _targetsStopped.Value : [];
        return ordered.Take(needed)
            .Select(c =>
            {
                var exposure = impact.Exposure(c.Row.SupplierIndices[0]);
                return new Chokepoint(id, c.Row, c.Stops, exposure);
            })
            .OrderByDescending(c => c.IsCritical)
            .ThenByDescending(c => Math.Round(c.Row.Hhi, 6))
            .ThenByDescending(c => LevelNoise.Round(c.Exposure))
            .ThenByDescending(c => stopped[c.Row.SupplierIndices[0]])
            .ThenBy(c => c.Row.Item, StringComparer.Ordinal)
            .ThenBy(c => string.Join(",", c.Row.Consumers), StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    /// <summary>
    /// For every node, how many of the graph's default targets it stops on its own (itself not counted): among
    /// equally concentrated items, the one whose supplier would take down more products ranks first (ASML before a
    /// single product's own designer). One pass over the default targets' single points of failure.
    /// </summary>
    private int[] CountTargetsStopped()
    {
        var counts = new int[_graph.NodeCount];
        foreach (var t in _graph.DefaultTargets())
        {
            foreach (var node in _stopSets.Value.SetOf(t))
            {
                if (node != t)
                {
                    counts[node]++;
                }
            }
        }

        return counts;
    }

    /// <summary>
    /// A node that stands for a category rather than a firm: a market (<c>requires: any</c> with suppliers), an
    /// input or process step, or a node that cannot fail on its own (a placeholder such as "Various companies"). An
    /// item supplied only by such nodes is structure (a fab needs lithography), not concentration: the category's
    /// own row measures who supplies it, and a placeholder's share says nothing about how many firms stand behind it.
    /// </summary>
    private bool IsCategory(int node)
    {
        var n = _graph[node];
        return (n.Requires == Requirement.Any && _graph.Topology.ItemStart[node] < _graph.Topology.ItemStart[node + 1])
            || n.Kind is NodeKinds.Input or NodeKinds.Process
            || !_graph.Topology.IsCandidate(node);
    }
}
