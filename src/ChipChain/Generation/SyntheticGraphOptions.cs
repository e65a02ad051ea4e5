using System.Globalization;

namespace ChipChain.Generation;

/// <summary>The shape of a synthetic supply graph made by <see cref="SyntheticGraphGenerator"/>.</summary>
internal sealed record SyntheticGraphOptions
{
    /// <summary>The smallest graph: one node per tier.</summary>
    public const int MinimumNodes = 6;

    /// <summary>The largest graph (links must fit in arrays).</summary>
    public const int MaximumNodes = 20_000_000;

    /// <summary>The largest <see cref="AverageSuppliers"/>.</summary>
    public const double MaximumAverageSuppliers = 64;

    /// <summary>The largest <see cref="CycleFraction"/>.</summary>
    public const double MaximumCycleFraction = 0.5;

    /// <summary>Creates options for a graph of <paramref name="nodes"/> nodes with the default shape.</summary>
    /// <param name="nodes">The number of nodes (at least <see cref="MinimumNodes"/>).</param>
    public SyntheticGraphOptions(int nodes) => Nodes = nodes;

    /// <summary>The number of nodes (at least <see cref="MinimumNodes"/>).</summary>
    public int Nodes { get; init; }

    /// <summary>The seed: the same options always give the same graph.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>
    /// Links per node over the whole graph (links ≈ this × <see cref="Nodes"/>); every node above the first tier
    /// gets at least one supplier, so the count may be higher when this is small.
    /// </summary>
    public double AverageSuppliers { get; init; } = 4;

    /// <summary>The fraction (0..1) of links that run back up the tiers and close a cycle.</summary>
    public double CycleFraction { get; init; } = 0.001;

    /// <summary>The fraction (0..1) of nodes that are <c>requires: any</c> markets; 1 makes every node one.</summary>
    public double AnyFraction { get; init; } = 0.1;

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names the option.</exception>
    public void Validate()
    {
        if (Nodes < MinimumNodes)
        {
            throw new ArgumentOutOfRangeException(nameof(Nodes), Nodes, string.Create(CultureInfo.InvariantCulture, $"nodes must be at least {MinimumNodes} (one per tier)"));
        }

        if (Nodes > MaximumNodes)
        {
            throw new ArgumentOutOfRangeException(nameof(Nodes), Nodes, string.Create(CultureInfo.InvariantCulture, $"nodes must be at most {MaximumNodes}"));
        }

        if (!(AverageSuppliers > 0 && AverageSuppliers <= MaximumAverageSuppliers))
        {
            throw new ArgumentOutOfRangeException(nameof(AverageSuppliers), AverageSuppliers, string.Create(CultureInfo.InvariantCulture, $"average suppliers must be more than 0 and at most {MaximumAverageSuppliers}"));
        }

        if (!(CycleFraction >= 0 && CycleFraction <= MaximumCycleFraction))
        {
            throw new ArgumentOutOfRangeException(nameof(CycleFraction), CycleFraction, string.Create(CultureInfo.InvariantCulture, $"the cycle fraction must be between 0 and {MaximumCycleFraction}"));
        }

        if (!(AnyFraction >= 0 && AnyFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(AnyFraction), AnyFraction, "the any fraction must be between 0 and 1");
        }
    }
}
