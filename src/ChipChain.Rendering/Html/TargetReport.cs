using ChipChain.Analysis.Bottlenecks;

namespace ChipChain.Rendering.Html;

/// <summary>
/// What the report says about one target: its single points of failure, its order-2 minimal cut sets, its top
/// chokepoints, and which drawn edges carry those failures to it (by <see cref="DiagramEdge.Index"/>).
/// </summary>
/// <param name="Id">The target's node id.</param>
/// <param name="SinglePointsOfFailure">Node ids whose failure alone stops the target, sorted ordinally.</param>
/// <param name="CutSets">The minimal cut sets of exactly two nodes, each pair and the list sorted ordinally.</param>
/// <param name="Chokepoints">The top of the target's chokepoint ranking.</param>
/// <param name="CriticalChokepoints">How many chokepoints of the whole ranking are critical (a sole supplier whose loss stops the target).</param>
/// <param name="SpofEdges">The drawn edges along which a single point of failure reaches the target.</param>
/// <param name="CutSetEdges">The drawn edges along which an order-2 cut set (and no single point of failure) reaches it.</param>
internal sealed record TargetReport(
    string Id,
    IReadOnlyList<string> SinglePointsOfFailure,
    IReadOnlyList<(string First, string Second)> CutSets,
    IReadOnlyList<Chokepoint> Chokepoints,
    int CriticalChokepoints,
    IReadOnlyList<int> SpofEdges,
    IReadOnlyList<int> CutSetEdges)
{
    /// <summary>The target's risk, when the graph states failure probabilities; else <see langword="null"/>.</summary>
    public Analysis.Risk.RiskResult? Risk { get; init; }
}
