namespace ChipChain.Analysis.Risk;

/// <summary>
/// How much one failure candidate drives the risk of a target (docs/risk.md). With P the probability that the target
/// is unavailable, P₁ and P₀ that probability when the candidate surely fails and surely does not:
/// Birnbaum = P₁ − P₀, Fussell–Vesely = (P − P₀) / P, risk achievement worth = P₁ / P, risk reduction worth = P / P₀.
/// An infinite worth (P₀ = 0, or P = 0 with P₁ &gt; 0) is <see cref="double.PositiveInfinity"/>.
/// </summary>
/// <param name="Id">The candidate's node id.</param>
/// <param name="Probability">The candidate's own failure probability used.</param>
/// <param name="Birnbaum">P₁ − P₀: how much the target's risk moves with this candidate's state.</param>
/// <param name="FussellVesely">(P − P₀) / P: the share of the target's risk that would go if this candidate never failed.</param>
/// <param name="RiskAchievementWorth">P₁ / P: how many times the risk grows if this candidate surely fails.</param>
/// <param name="RiskReductionWorth">P / P₀: how many times the risk shrinks if this candidate never fails.</param>
public sealed record RiskImportance(
    string Id,
    double Probability,
    double Birnbaum,
    double FussellVesely,
    double RiskAchievementWorth,
    double RiskReductionWorth)
{
    /// <summary>The four measures from the target's probability and its two conditional probabilities.</summary>
    /// <param name="id">The candidate's id.</param>
    /// <param name="probability">The candidate's failure probability p.</param>
    /// <param name="target">The target's probability P.</param>
    /// <param name="ifFailed">P₁, the target's probability when the candidate surely fails.</param>
    /// <param name="ifNot">P₀, the target's probability when it never fails.</param>
    /// <returns>The measures.</returns>
    internal static RiskImportance From(string id, double probability, double target, double ifFailed, double ifNot)
    {
        var p1 = Math.Clamp(ifFailed, 0, 1);
        var p0 = Math.Clamp(ifNot, 0, 1);
        var birnbaum = Math.Max(0, p1 - p0);
        var fv = target > 0 ? Math.Clamp((target - p0) / target, 0, 1) : 0;
        var raw = target > 0 ? p1 / target : p1 > 0 ? double.PositiveInfinity : 1;
        var rrw = p0 > 0 ? target / p0 : target > 0 ? double.PositiveInfinity : 1;
        return new RiskImportance(id, probability, birnbaum, fv, raw, rrw);
    }
}
