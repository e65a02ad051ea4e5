namespace ChipChain.Analysis;

/// <summary>The minimal cut sets of one target up to an order: each set's ids sorted ordinally, the list by size then lexicographically. Immutable.</summary>
internal sealed class CutSetList
{
    internal CutSetList(string target, int order, IReadOnlyList<IReadOnlyList<string>> cutSets)
    {
        Target = target;
        Order = order;
        CutSets = cutSets;
    }

    /// <summary>The target's id.</summary>
    public string Target { get; }

    /// <summary>The largest cut-set size searched.</summary>
    public int Order { get; }

    /// <summary>The minimal cut sets, the set {target} excluded.</summary>
    public IReadOnlyList<IReadOnlyList<string>> CutSets { get; }

    /// <summary>The number of cut sets of exactly <paramref name="size"/> nodes.</summary>
    /// <param name="size">The size.</param>
    /// <returns>The count.</returns>
    public int CountOfSize(int size) => CutSets.Count(s => s.Count == size);

    /// <summary>The list order: by size, then element-wise ordinally.</summary>
    internal static int Compare(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count)
        {
            return a.Count.CompareTo(b.Count);
        }

        for (var i = 0; i < a.Count; i++)
        {
            var c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }
}
