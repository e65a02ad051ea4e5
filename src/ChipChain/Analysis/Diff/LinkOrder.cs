namespace ChipChain.Analysis.Diff;

/// <summary>Orders links by supplier, consumer, then item (no item first), ordinally.</summary>
internal sealed class LinkOrder : IComparer<LinkKey>
{
    public static readonly LinkOrder Instance = new();

    public int Compare(LinkKey? x, LinkKey? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var c = string.CompareOrdinal(x.Supplier, y.Supplier);
        if (c == 0)
        {
            c = string.CompareOrdinal(x.Consumer, y.Consumer);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Item, y.Item);
    }
}
