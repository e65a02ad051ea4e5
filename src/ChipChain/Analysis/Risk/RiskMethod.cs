namespace ChipChain.Analysis.Risk;

/// <summary>How <see cref="RiskAnalysis"/> computes the probability that a target is unavailable.</summary>
public enum RiskMethod
{
    /// <summary>Exact when the target's cone is within the exact method's limits, else Monte Carlo.</summary>
    Auto,

    /// <summary>A binary decision diagram over the failure candidates of the target's upstream cone: exact, within documented limits.</summary>
    Exact,

    /// <summary>Seeded random sampling of the candidates' failures, with a 95 % confidence interval: any size.</summary>
    MonteCarlo,
}
