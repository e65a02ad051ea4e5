using ChipChain.Model;

namespace ChipChain.Rendering.Highlighting;

/// <summary>
/// The failure analysis highlights need: a target's single points of failure and its order-2 minimal cut sets, on
/// dense node indices. Kept behind this interface so the library's shared SPOF and cut-set analysis can replace the
/// brute-force <see cref="CascadeFailureAnalysis"/> without touching the writers.
/// </summary>
internal interface ITargetFailureAnalysis
{
    /// <summary>The nodes (target excluded) whose failure alone makes <paramref name="target"/> unavailable, ascending.</summary>
    IReadOnlyList<int> SinglePointsOfFailure(SupplyGraph graph, int target);

    /// <summary>The pairs (lower index first, ascending) of non-SPOF nodes whose joint failure makes the target unavailable.</summary>
    IReadOnlyList<(int First, int Second)> OrderTwoCutSets(SupplyGraph graph, int target);
}
