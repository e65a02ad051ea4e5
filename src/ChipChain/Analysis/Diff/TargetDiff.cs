namespace ChipChain.Analysis.Diff;

/// <summary>
/// How the answers about one target changed. Id lists are sorted ordinally; cut sets by their ids; chokepoints by
/// item then consumer; exposure by the size of the move, largest first, then id. Immutable.
/// </summary>
/// <param name="Target">The target's id.</param>
/// <param name="SpofAdded">Single points of failure in the new graph only.</param>
/// <param name="SpofRemoved">Single points of failure in the old graph only.</param>
/// <param name="SpofKept">Single points of failure in both.</param>
/// <param name="CutSetsAdded">Minimal cut sets of exactly two failures in the new graph only.</param>
/// <param name="CutSetsRemoved">Minimal cut sets of exactly two failures in the old graph only.</param>
/// <param name="Concentration">Chokepoints upstream of the target whose HHI or countries-to-75 % moved.</param>
/// <param name="Exposure">Nodes whose exposure moved by at least 1e-9.</param>
/// <param name="OnlyBefore">Every id of this diff (the target included) that only the old graph has.</param>
/// <param name="OnlyAfter">Every id of this diff (the target included) that only the new graph has.</param>
public sealed record TargetDiff(
    string Target,
    IReadOnlyList<string> SpofAdded,
    IReadOnlyList<string> SpofRemoved,
    IReadOnlyList<string> SpofKept,
    IReadOnlyList<IReadOnlyList<string>> CutSetsAdded,
    IReadOnlyList<IReadOnlyList<string>> CutSetsRemoved,
    IReadOnlyList<ConcentrationChange> Concentration,
    IReadOnlyList<NodeChange<double?>> Exposure,
    IReadOnlyList<string> OnlyBefore,
    IReadOnlyList<string> OnlyAfter)
{
    /// <summary>Whether no answer changed (kept single points of failure are no change).</summary>
    public bool IsEmpty =>
        SpofAdded.Count == 0 && SpofRemoved.Count == 0 && CutSetsAdded.Count == 0 && CutSetsRemoved.Count == 0 &&
        Concentration.Count == 0 && Exposure.Count == 0 && OnlyBefore.Count == 0 && OnlyAfter.Count == 0;
}
