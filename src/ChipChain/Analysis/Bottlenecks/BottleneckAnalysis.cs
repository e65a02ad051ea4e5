using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// The bottleneck analysis of a graph: concentration rows computed once, then per target the ranked chokepoints,
/// the minimum cut, country dependence, betweenness and capacity bottlenecks. Failure results are cached across
/// targets, so analysing every default target costs little more than one.
/// </summary>
/// <remarks>
/// Ranking: single-supplier items the target cannot do without first; then by HHI, then by the target's exposure
/// to the top supplier (highest first); then by item and consumers. An item is a chokepoint of the target when one
/// of its consumers is the target or upstream of it, and it is critical or its level is medium or high. Items whose
/// every supplier is a market node are left out: the market node's own row measures that supply.
/// </remarks>
public sealed class BottleneckAnalysis
{
    /// <summary>How many of the most central nodes a report lists.</summary>
    public const int BetweennessCount = 10;

    private readonly SupplyGraph _graph;
    private readonly long _maxEvaluations;
    private readonly TargetImpact _impact;
    private readonly Lazy<double[]> _betweenness;
    private readonly Lazy<IReadOnlyList<CapacityBottleneck>> _capacity;
    private StopSets? _stopSets;
    private IReadOnlyList<int>? _defaultTargets;

    /// <summary>Prepares the analysis of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="maxEvaluations">The limit on cascade evaluations of each cut search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public BottleneckAnalysis(SupplyGraph graph, long maxEvaluations = MinimumCut.DefaultMaxEvaluations)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        _maxEvaluations = maxEvaluations;
        _impact = new TargetImpact(graph);
        Concentration = Bottlenecks.Concentration.Compute(graph);
        _betweenness = new Lazy<double[]>(() => Bottlenecks.Betweenness.Of(graph));
        _capacity = new Lazy<IReadOnlyList<CapacityBottleneck>>(() => CapacityBottlenecks.Compute(graph));
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
    public BottleneckReport For(int target)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, _graph.NodeCount);
        var upstream = Upstream.Mask(_graph.Topology, target);
        var id = _graph[target].Id;
        var betweenness = _betweenness.Value;
        var central = Enumerable.Range(0, _graph.NodeCount)
            .Where(v => upstream[v] && v != target && betweenness[v] > 0)
            .Select(v => new NodeScore(_graph[v].Id, Math.Round(betweenness[v], 6)))
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Take(BetweennessCount)
            .ToList();
        var capacity = _capacity.Value.Where(b => upstream[_graph.IndexOf(b.Consumer)]).ToList();
        return new BottleneckReport(
            id,
            RankChokepoints(target, upstream),
            MinimumCut.Find(_graph, target, _maxEvaluations),
            CountryDependence.Analyse(_graph, target, _maxEvaluations),
            central,
            capacity);
    }

    /// <summary>Only the ranked chokepoints of one target (no cut searches), by node index.</summary>
    /// <param name="target">The target's node index.</param>
    /// <returns>The chokepoints, most critical first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is out of range.</exception>
    public IReadOnlyList<Chokepoint> ChokepointsOf(int target)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, _graph.NodeCount);
        return RankChokepoints(target, Upstream.Mask(_graph.Topology, target));
    }

    private List<Chokepoint> RankChokepoints(int target, bool[] upstream)
    {
        var id = _graph[target].Id;
        var result = new List<Chokepoint>();
        foreach (var row in Concentration)
        {
            if (!row.ConsumerIndices.Any(c => upstream[c]) || row.SupplierIndices.All(IsCategory))
            {
                continue;
            }

            var stops = _impact.Stops(row.SupplierIndices, target);
            var exposure = _impact.Exposure(row.SupplierIndices[0], target);
            var chokepoint = new Chokepoint(row, stops, exposure, ChokepointWhy.For(_graph, row, id, stops, exposure));
            if (chokepoint.IsCritical || row.Level != ConcentrationLevel.Low)
            {
                result.Add(chokepoint);
            }
        }

        return result
            .OrderByDescending(c => c.IsCritical)
            .ThenByDescending(c => Math.Round(c.Row.Hhi, 6))
            .ThenByDescending(c => Math.Round(c.Exposure, 9))
            .ThenByDescending(c => TargetsStoppedBy(c.Row.SupplierIndices[0]))
            .ThenBy(c => c.Row.Item, StringComparer.Ordinal)
            .ThenBy(c => string.Join(",", c.Row.Consumers), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// How many of the graph's default targets the node stops on its own: among equally concentrated items, the one
    /// whose supplier would take down more products ranks first (ASML before a single product's own designer).
    /// </summary>
    private int TargetsStoppedBy(int node)
    {
        _stopSets ??= SinglePointsOfFailure.Compute(_graph);
        _defaultTargets ??= _graph.DefaultTargets();
        var count = 0;
        foreach (var t in _defaultTargets)
        {
            if (t != node && _stopSets.Stops(node, t))
            {
                count++;
            }
        }

        return count;
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
