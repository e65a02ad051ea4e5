namespace ChipChain.Analysis.Bottlenecks;

/// <summary>Everything the bottleneck analysis says about one target.</summary>
public sealed class BottleneckReport
{
    internal BottleneckReport(
        string target,
        IReadOnlyList<Chokepoint> chokepoints,
        MinimumCutResult minimumCut,
        CountryDependenceResult countries,
        IReadOnlyList<NodeFigure> betweenness,
        IReadOnlyList<CapacityBottleneck> capacity,
        int betweennessSources,
        int betweennessSourcesTotal)
    {
        BetweennessSources = betweennessSources;
        BetweennessSourcesTotal = betweennessSourcesTotal;
        Target = target;
        Chokepoints = chokepoints;
        MinimumCut = minimumCut.Nodes;
        MinimumCutComplete = minimumCut.Complete;
        CountrySinglePointsOfFailure = countries.SinglePointsOfFailure;
        CountryMinimumCut = countries.MinimumCut;
        CountryCutComplete = countries.Complete;
        Betweenness = betweenness;
        Capacity = capacity;
    }

    /// <summary>The target's id.</summary>
    public string Target { get; }

    /// <summary>The chokepoints upstream of the target, most critical first.</summary>
    public IReadOnlyList<Chokepoint> Chokepoints { get; }

    /// <summary>
    /// A smallest set of failure candidates whose joint failure stops the target (sorted ids; empty when only the
    /// target's own failure stops it).
    /// </summary>
    public IReadOnlyList<string> MinimumCut { get; }

    /// <summary>Whether <see cref="MinimumCut"/> is proven minimum (false when the search stopped at its limit, docs/limits.md).</summary>
    public bool MinimumCutComplete { get; }

    /// <summary>The countries whose loss alone (every failure candidate there failing together) stops the target.</summary>
    public IReadOnlyList<string> CountrySinglePointsOfFailure { get; }

    /// <summary>A smallest set of countries whose joint loss stops the target.</summary>
    public IReadOnlyList<string> CountryMinimumCut { get; }

    /// <summary>Whether <see cref="CountryMinimumCut"/> is proven minimum (false when the search stopped at its limit).</summary>
    public bool CountryCutComplete { get; }

    /// <summary>The most central upstream nodes (normalised betweenness above 0), highest first, at most ten.</summary>
    public IReadOnlyList<NodeFigure> Betweenness { get; }

    /// <summary>Capacity bottlenecks of items consumed by the target or its upstream nodes.</summary>
    public IReadOnlyList<CapacityBottleneck> Capacity { get; }

    /// <summary>
    /// How many of the target's upstream nodes served as shortest-path sources for <see cref="Betweenness"/>: all of
    /// them (<see cref="BetweennessSourcesTotal"/>) gives exact values; fewer, an estimate from a random sample
    /// because the exact computation would exceed <see cref="BottleneckAnalysis.BetweennessMaxWork"/>.
    /// </summary>
    public int BetweennessSources { get; }

    /// <summary>The number of nodes upstream of the target (itself included): the sources exact betweenness needs.</summary>
    public int BetweennessSourcesTotal { get; }

    /// <summary>Whether <see cref="Betweenness"/> is exact rather than estimated from a sample of sources.</summary>
    public bool BetweennessComplete => BetweennessSources == BetweennessSourcesTotal;
}
