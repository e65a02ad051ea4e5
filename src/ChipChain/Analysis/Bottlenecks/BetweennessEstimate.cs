namespace ChipChain.Analysis.Bottlenecks;

/// <summary>Betweenness values with how many of the cone's sources they were computed from.</summary>
/// <param name="Values">The values per node index (meaningful in the cone only).</param>
/// <param name="Sources">The sources used.</param>
/// <param name="ConeSize">The sources in the cone: all of them were used when equal to <paramref name="Sources"/>.</param>
internal sealed record BetweennessEstimate(double[] Values, int Sources, int ConeSize)
{
    /// <summary>Whether every source was used (the values are exact).</summary>
    public bool Complete => Sources == ConeSize;
}
