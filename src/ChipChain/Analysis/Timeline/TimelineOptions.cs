using ChipChain.Model;

namespace ChipChain.Analysis.Timeline;

/// <summary>How long a timed scenario runs and how long its failures last (docs/time.md).</summary>
internal sealed record TimelineOptions
{
    /// <summary>The default horizon: two years of weeks.</summary>
    public const int DefaultHorizon = 104;

    /// <summary>The weeks simulated, 0 … <see cref="Horizon"/> − 1 (1 to <see cref="Node.MaxWeeks"/>).</summary>
    public int Horizon { get; init; } = DefaultHorizon;

    /// <summary>How long a failed node stays down when neither <see cref="Durations"/> nor its <see cref="Node.RecoveryWeeks"/> says; null for the whole horizon.</summary>
    public int? Weeks { get; init; }

    /// <summary>Per failed node id, how long it stays down; these come first.</summary>
    public IReadOnlyDictionary<string, int> Durations { get; init => field = Frozen.Map(value); } = Frozen.Map<int>(null);

    /// <summary>
    /// Whether to compute the weeks-weighted output lost beside the weeks down (<see cref="TimelineResult.OutputLost"/>,
    /// <see cref="ResilienceEntry.OutputLostWeeks"/>): the weekly supply levels cost more than the down weeks alone.
    /// </summary>
    public bool OutputLost { get; init; }

    /// <summary>The weeks node <paramref name="node"/> stays down when it fails: its own duration, else its recovery time, else <see cref="Weeks"/>, else the horizon; at most the horizon.</summary>
    internal int DurationOf(Node node)
    {
        var weeks = Durations.TryGetValue(node.Id, out var given) ? given : node.RecoveryWeeks ?? Weeks ?? Horizon;
        return Math.Min(weeks, Horizon);
    }

    /// <summary>Checks the values at the boundary.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The horizon or a duration is below 1.</exception>
    /// <exception cref="AnalysisLimitException">The horizon or a duration is above <see cref="Node.MaxWeeks"/>.</exception>
    internal void Validate()
    {
        Check(Horizon, "the horizon");
        if (Weeks is { } weeks)
        {
            Check(weeks, "the weeks a failure lasts");
        }

        foreach (var (id, d) in Durations)
        {
            Check(d, $"the weeks '{id}' stays down");
        }
    }

    private static void Check(int value, string what)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{what} must be 1 week or more, got {value}");
        }

        if (value > Node.MaxWeeks)
        {
            throw new AnalysisLimitException($"timeline: {what} is {value} weeks, more than the {Node.MaxWeeks} weeks a timeline covers (see docs/limits.md)");
        }
    }
}
