namespace ChipChain.Analysis.Timeline;

/// <summary>One failure candidate's effect on the target when it alone fails for its duration.</summary>
/// <param name="Id">The candidate's node id.</param>
/// <param name="WeeksDown">The weeks the target is down within the horizon.</param>
/// <param name="FirstWeek">The first week the target is down (0-based).</param>
/// <param name="Duration">The weeks the candidate stays down (its recovery time, else the scenario's weeks, else the horizon).</param>
public sealed record ResilienceEntry(string Id, int WeeksDown, int FirstWeek, int Duration)
{
    /// <summary>
    /// The target's weeks-weighted output lost Σₜ (1 − levelₜ) in weeks (docs/time.md), at least <see cref="WeeksDown"/>;
    /// null unless <see cref="TimelineOptions.OutputLost"/> asked for it.
    /// </summary>
    public double? OutputLostWeeks { get; init; }
}
