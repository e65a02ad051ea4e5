namespace ChipChain.Analysis.Bottlenecks;

/// <summary>Which countries a target depends on: those whose loss alone stops it, and the smallest set whose loss does.</summary>
internal sealed class CountryDependenceResult
{
    internal CountryDependenceResult(string target, IReadOnlyList<string> singlePointsOfFailure, IReadOnlyList<string> minimumCut, bool complete)
    {
        Target = target;
        SinglePointsOfFailure = singlePointsOfFailure;
        MinimumCut = minimumCut;
        Complete = complete;
    }

    /// <summary>The target's id.</summary>
    public string Target { get; }

    /// <summary>Country codes whose loss (every node of the country fails) alone stops the target, sorted.</summary>
    public IReadOnlyList<string> SinglePointsOfFailure { get; }

    /// <summary>
    /// The smallest set of countries whose joint loss stops the target (lexicographically smallest among ties), sorted;
    /// empty when no combination of countries stops it or the search stopped at its limit.
    /// </summary>
    public IReadOnlyList<string> MinimumCut { get; }

    /// <summary>Whether the minimum set is proven (false when the search stopped at its limit).</summary>
    public bool Complete { get; }
}
