namespace ChipChain.Analysis.Risk;

/// <summary>The probability that a target is unavailable over the horizon, and which candidates drive it.</summary>
/// <param name="Target">The target's node id.</param>
/// <param name="Method">The method used: <see cref="RiskMethod.Exact"/> or <see cref="RiskMethod.MonteCarlo"/>.</param>
/// <param name="Probability">P(target unavailable): exact, or the Monte Carlo estimate.</param>
/// <param name="ConfidenceLow">The low end of the 95 % confidence interval (Wilson) of a Monte Carlo estimate; <see langword="null"/> when exact.</param>
/// <param name="ConfidenceHigh">The high end of that interval; <see langword="null"/> when exact.</param>
/// <param name="Samples">The number of Monte Carlo samples; 0 when exact.</param>
/// <param name="Candidates">The number of failure candidates upstream of the target (the target included when it can fail).</param>
/// <param name="Importance">The candidates' importance, ranked: Fussell–Vesely, then risk achievement worth, then Birnbaum, descending, then id.</param>
/// <param name="ExactRefusal">Why the exact method was not used, when <see cref="RiskMethod.Auto"/> fell back to Monte Carlo.</param>
public sealed record RiskResult(
    string Target,
    RiskMethod Method,
    double Probability,
    double? ConfidenceLow,
    double? ConfidenceHigh,
    int Samples,
    int Candidates,
    IReadOnlyList<RiskImportance> Importance,
    string? ExactRefusal)
{
    /// <summary>The 95 % interval as one value, for the code that formats or checks it; null when exact.</summary>
    internal ConfidenceInterval? Confidence95 => ConfidenceLow is { } low && ConfidenceHigh is { } high ? new ConfidenceInterval(low, high) : null;
}
