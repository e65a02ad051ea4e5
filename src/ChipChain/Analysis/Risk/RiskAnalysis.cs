using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Analysis.Risk;

/// <summary>
/// The probability that a target is unavailable over the analysis horizon, with each failure candidate failing on its
/// own, independently, with its probability (<see cref="RiskProbabilities"/>), under the cascade of docs/design.md;
/// and the importance of each candidate upstream. Exact by decision diagram within documented limits
/// (docs/risk.md), else Monte Carlo with a 95 % confidence interval.
/// </summary>
internal static class RiskAnalysis
{
    /// <summary>The most failure candidates the exact method takes on (see docs/risk.md for its other limits).</summary>
    public const int MaxExactCandidates = ExactRisk.MaxCandidates;

    /// <summary>Computes the risk of <paramref name="targetId"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target node id.</param>
    /// <param name="probabilities">Where candidates' probabilities come from (default: <see cref="RiskProbabilities.Standard"/>).</param>
    /// <param name="options">The method, samples and seed (default: <see cref="RiskOptions.Default"/>).</param>
    /// <returns>The probability, how it was computed, and the ranked importance of the cone's candidates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="targetId"/> is null.</exception>
    /// <exception cref="UnknownNodeException">No node has the id <paramref name="targetId"/>.</exception>
    /// <exception cref="AnalysisLimitException">The method is <see cref="RiskMethod.Exact"/> and the cone or its diagram passes a limit.</exception>
    public static RiskResult Compute(SupplyGraph graph, string targetId, RiskProbabilities? probabilities = null, RiskOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targetId);
        options ??= RiskOptions.Default;
        var cone = RiskCone.Of(graph, graph.IndexOf(targetId), probabilities ?? RiskProbabilities.Standard);
        string? refusal = null;
        if (options.Method != RiskMethod.MonteCarlo)
        {
            try
            {
                var (p, ifFailed, ifNot) = ExactRisk.Compute(cone);
                return Result(cone, RiskMethod.Exact, p, null, 0, options.Importance ? (ifFailed, ifNot) : default((double[], double[])?), null);
            }
            catch (AnalysisLimitException ex) when (options.Method == RiskMethod.Auto)
            {
                refusal = ex.Message;
            }
        }

        var (down, critical) = MonteCarloRisk.Run(cone, options.Samples, options.Seed, options.Importance);
        var estimate = (double)down / options.Samples;
        var interval = ConfidenceInterval.Wilson(down, options.Samples);
        var importance = options.Importance ? Conditional(cone, estimate, MonteCarloRisk.Birnbaum(cone, critical, options.Samples)) : default((double[], double[])?);
        return Result(cone, RiskMethod.MonteCarlo, estimate, interval, options.Samples, importance, refusal);
    }

    /// <summary>P₁ and P₀ from an estimated Birnbaum importance: P being linear in p, P₁ = P + (1 − p)·B and P₀ = P − p·B.</summary>
    private static (double[] IfFailed, double[] IfNot) Conditional(RiskCone cone, double p, double[] birnbaum) =>
        (birnbaum.Select((b, v) => p + ((1 - cone.Probability[v]) * b)).ToArray(),
         birnbaum.Select((b, v) => p - (cone.Probability[v] * b)).ToArray());

    private static RiskResult Result(RiskCone cone, RiskMethod method, double p, ConfidenceInterval? interval, int samples, (double[] IfFailed, double[] IfNot)? conditional, string? refusal)
    {
        var importance = conditional is not { } c
            ? []
            : Enumerable.Range(0, cone.Candidates.Length)
                .Select(v => RiskImportance.From(cone.IdOf(v), cone.Probability[v], p, c.IfFailed[v], c.IfNot[v]))
                .OrderByDescending(i => Rounded(i.FussellVesely))
                .ThenByDescending(i => Rounded(i.RiskAchievementWorth))
                .ThenByDescending(i => Rounded(i.Birnbaum))
                .ThenBy(i => i.Id, StringComparer.Ordinal)
                .ToList();
        return new RiskResult(cone.Graph[cone.Target].Id, method, p, interval?.Low, interval?.High, samples, cone.Candidates.Length, importance, refusal);
    }

    /// <summary>Ranks on 12 significant digits, so candidates equal but for rounding are ordered by id.</summary>
    private static double Rounded(double value) =>
        double.IsFinite(value) ? double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : value;
}
