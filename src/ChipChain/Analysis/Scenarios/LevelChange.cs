namespace ChipChain.Analysis.Scenarios;

/// <summary>A node whose supply level dropped in a scenario. Levels are rounded to 9 decimals. Immutable.</summary>
public sealed class LevelChange
{
    internal LevelChange(string id, double before, double after)
    {
        Id = id;
        Before = before;
        After = after;
    }

    /// <summary>The node id.</summary>
    public string Id { get; }

    /// <summary>The level without the scenario.</summary>
    public double Before { get; }

    /// <summary>The level with the scenario (0 = stopped).</summary>
    public double After { get; }
}
