namespace ChipChain.Analysis;

/// <summary>The tiered dependencies of one node (docs/design.md §2 "upstream / downstream"). Immutable.</summary>
public sealed class DependencyTree
{
    internal DependencyTree(string root, DependencyDirection direction, int? maxDepth, IReadOnlyList<DependencyEntry> entries)
    {
        Root = root;
        Direction = direction;
        MaxDepth = maxDepth;
        Entries = entries;
        TierCount = entries.Count == 0 ? 0 : entries[^1].Tier;
    }

    /// <summary>The node the tree grows from.</summary>
    public string Root { get; }

    /// <summary>Whether the tree lists what the root depends on or who depends on it.</summary>
    public DependencyDirection Direction { get; }

    /// <summary>The depth limit asked for, or <see langword="null"/> for none.</summary>
    public int? MaxDepth { get; }

    /// <summary>Every node reached (the root excluded), by tier, then by id (ordinal).</summary>
    public IReadOnlyList<DependencyEntry> Entries { get; }

    /// <summary>The deepest tier reached (0 when the root has no neighbour in this direction).</summary>
    public int TierCount { get; }

    /// <summary>The entries of one tier.</summary>
    /// <param name="tier">The distance from the root.</param>
    /// <returns>The entries, by id.</returns>
    public IEnumerable<DependencyEntry> Tier(int tier) => Entries.Where(e => e.Tier == tier);
}
