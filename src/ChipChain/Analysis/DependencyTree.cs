namespace ChipChain.Analysis;

/// <summary>The tiered dependencies of one node (docs/design.md §2 "upstream / downstream"). Immutable.</summary>
internal sealed class DependencyTree
{
    internal DependencyTree(string root, DependencyDirection direction, int? maxDepth, IReadOnlyList<DependencyEntry> entries)
    {
        Root = root;
        Direction = direction;
        MaxDepth = maxDepth;
        Entries = entries;
        TierCount = entries.Count == 0 ? 0 : entries[^1].Tier;

        // Entries are sorted by tier: remember where each tier starts, so a tier costs its own size to read.
        _tierStart = new int[TierCount + 2];
        foreach (var e in entries)
        {
            _tierStart[e.Tier + 1]++;
        }

        for (var k = 1; k < _tierStart.Length; k++)
        {
            _tierStart[k] += _tierStart[k - 1];
        }
    }

    private readonly int[] _tierStart;

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
    public IEnumerable<DependencyEntry> Tier(int tier)
    {
        if (tier < 1 || tier > TierCount)
        {
            yield break;
        }

        for (var k = _tierStart[tier]; k < _tierStart[tier + 1]; k++)
        {
            yield return Entries[k];
        }
    }
}
