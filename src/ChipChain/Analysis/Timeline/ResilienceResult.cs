namespace ChipChain.Analysis.Timeline;

/// <summary>The time-based criticality of a target's upstream failure candidates.</summary>
/// <param name="Target">The target's node id.</param>
/// <param name="Horizon">The weeks simulated.</param>
/// <param name="Candidates">The failure candidates upstream of the target that were tried (the target itself excluded).</param>
/// <param name="Ranking">The candidates that stop the target at least one week: by weeks down (descending), then first week, then id.</param>
public sealed record ResilienceResult(string Target, int Horizon, int Candidates, IReadOnlyList<ResilienceEntry> Ranking);
