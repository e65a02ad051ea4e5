namespace ChipChain.Analysis.Timeline;

/// <summary>A run of consecutive weeks a node is down.</summary>
/// <param name="First">The first week down (0-based).</param>
/// <param name="Last">The last week down (inclusive).</param>
public sealed record WeekSpan(int First, int Last)
{
    /// <summary>The number of weeks in the run.</summary>
    public int Weeks => Last - First + 1;
}
