namespace ChipChain.Analysis.Scenarios;

/// <summary>A node keeps working at a fraction of its normal level (a fab fire, a partial shutdown). Level 0 is a failure. Immutable.</summary>
public sealed class NodeDegradation
{
    /// <summary>Creates a degradation.</summary>
    /// <param name="id">The node id.</param>
    /// <param name="level">The node's own level, 0..1.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside 0..1.</exception>
    public NodeDegradation(string id, double level)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!(level >= 0 && level <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"The level of '{id}' must be between 0 and 1.");
        }

        Id = id;
        Level = level;
    }

    /// <summary>The node id.</summary>
    public string Id { get; }

    /// <summary>The node's own level, 0..1.</summary>
    public double Level { get; }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Id}={Level}");
}
