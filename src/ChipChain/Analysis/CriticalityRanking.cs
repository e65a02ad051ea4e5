namespace ChipChain.Analysis;

/// <summary>A criticality ranking: most stopped targets first, then most stopped nodes, then by id (ordinal). Immutable.</summary>
internal sealed class CriticalityRanking
{
    internal CriticalityRanking(CriticalityGrouping by, IReadOnlyList<CriticalityEntry> ranking)
    {
        By = by;
        Ranking = ranking;
    }

    /// <summary>Whether nodes or countries fail.</summary>
    public CriticalityGrouping By { get; }

    /// <summary>The entries, best first; every node (or every country) appears once.</summary>
    public IReadOnlyList<CriticalityEntry> Ranking { get; }
}
