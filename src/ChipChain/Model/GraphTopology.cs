namespace ChipChain.Model;

/// <summary>
/// The compact, index-based form of a <see cref="SupplyGraph"/> that analyses run on: nodes are dense indices
/// 0..<see cref="NodeCount"/>-1, and each node's requirement is precomputed as items (AND) of alternative
/// suppliers (OR), stored in compressed sparse rows.
/// </summary>
/// <remarks>
/// Node <c>n</c>'s items are <c>ItemStart[n] .. ItemStart[n+1]-1</c>. Item <c>i</c>'s supplier entries are
/// <c>EntryStart[i] .. EntryStart[i+1]-1</c>; entry <c>e</c> names supplier node <c>EntrySupplier[e]</c>, the link
/// <c>EntryLink[e]</c> and the normalised share <c>EntryShare[e]</c> (an item's shares sum to 1). The reverse rows
/// <c>UsesStart[s] .. UsesStart[s+1]-1</c> of <c>UsesEntry</c> list the entries in which node <c>s</c> is a supplier.
/// </remarks>
internal sealed class GraphTopology
{
    /// <summary>Creates the topology; each entry's item and the reverse rows are worked out on first use.</summary>
    internal GraphTopology(
        int nodeCount,
        int[] itemStart,
        int[] itemOwner,
        string?[] itemName,
        int[] entryStart,
        int[] entrySupplier,
        int[] entryLink,
        double[] entryShare,
        bool[] candidate)
        : this(nodeCount, itemStart, itemOwner, i => itemName[i], entryStart, entrySupplier, new LazyArray<int>(entryLink), new LazyArray<double>(entryShare), entryItem: null, candidate)
    {
    }

    /// <summary>
    /// Creates the topology with the item names given by a function (a snapshot decodes a name only when it is asked
    /// for), and the links, shares and each entry's item possibly made on first use (a snapshot reads the first two
    /// again when they are first asked for, and does not store the third: opening builds nothing per link). The reverse
    /// rows are worked out on first use: many queries (the single points of failure of one target) only look upstream.
    /// </summary>
    internal GraphTopology(
        int nodeCount,
        int[] itemStart,
        int[] itemOwner,
        Func<int, string?> itemName,
        int[] entryStart,
        int[] entrySupplier,
        LazyArray<int> entryLink,
        LazyArray<double> entryShare,
        LazyArray<int>? entryItem,
        bool[] candidate)
    {
        NodeCount = nodeCount;
        _candidate = candidate;
        _itemStart = itemStart;
        _itemOwner = itemOwner;
        _itemName = itemName;
        _entryStart = entryStart;
        _entrySupplier = entrySupplier;
        _entryLink = entryLink;
        _entryShare = entryShare;
        _entryItem = entryItem ?? new LazyArray<int>(() => EntryItems(itemOwner.Length, entryStart, entrySupplier.Length));
        _uses = new Lazy<(int[] Start, int[] Entry)>(() => ReverseRows(nodeCount, entrySupplier));
    }

    /// <summary>
    /// The item of each entry, from the item rows: a mark where each item after the first starts (an item with no
    /// entries marks the same place as the next), then a running sum. No loop per item, whose end would be mispredicted
    /// at nearly every item.
    /// </summary>
    internal static int[] EntryItems(int itemCount, int[] entryStart, int entryCount)
    {
        var entryItem = new int[entryCount];
        for (var i = 1; i < itemCount; i++)
        {
            if (entryStart[i] < entryCount)
            {
                entryItem[entryStart[i]]++;
            }
        }

        var item = 0;
        for (var e = 0; e < entryItem.Length; e++)
        {
            item += entryItem[e];
            entryItem[e] = item;
        }

        return entryItem;
    }

    /// <summary>For each supplier, the entries it appears in, in entry order (a counting sort by supplier).</summary>
    private static (int[] Start, int[] Entry) ReverseRows(int nodeCount, int[] entrySupplier)
    {
        var usesStart = new int[nodeCount + 1];
        foreach (var s in entrySupplier)
        {
            usesStart[s + 1]++;
        }

        for (var i = 0; i < nodeCount; i++)
        {
            usesStart[i + 1] += usesStart[i];
        }

        var usesEntry = new int[entrySupplier.Length];
        var fill = usesStart[..nodeCount];
        for (var e = 0; e < entrySupplier.Length; e++)
        {
            usesEntry[fill[entrySupplier[e]]++] = e;
        }

        return (usesStart, usesEntry);
    }

    private readonly int[] _itemStart;
    private readonly int[] _itemOwner;
    private readonly Func<int, string?> _itemName;
    private readonly int[] _entryStart;
    private readonly int[] _entrySupplier;
    private readonly LazyArray<int> _entryLink;
    private readonly LazyArray<double> _entryShare;
    private readonly LazyArray<int> _entryItem;
    private readonly Lazy<(int[] Start, int[] Entry)> _uses;
    private readonly bool[] _candidate;

    /// <summary>The number of nodes.</summary>
    public int NodeCount { get; }

    /// <summary>The number of items over all nodes.</summary>
    public int ItemCount => _itemOwner.Length;

    /// <summary>The number of supplier entries (one per link).</summary>
    public int EntryCount => _entrySupplier.Length;

    /// <summary>Row offsets of each node's items (length <see cref="NodeCount"/> + 1).</summary>
    public ReadOnlySpan<int> ItemStart => _itemStart;

    /// <summary>The consumer node of each item.</summary>
    public ReadOnlySpan<int> ItemOwner => _itemOwner;

    /// <summary>Row offsets of each item's supplier entries (length <see cref="ItemCount"/> + 1).</summary>
    public ReadOnlySpan<int> EntryStart => _entryStart;

    /// <summary>The supplier node of each entry.</summary>
    public ReadOnlySpan<int> EntrySupplier => _entrySupplier;

    /// <summary>The index in <see cref="SupplyGraph.Links"/> of each entry's link.</summary>
    public ReadOnlySpan<int> EntryLink => _entryLink.Value;

    /// <summary>The normalised share of each entry within its item.</summary>
    public ReadOnlySpan<double> EntryShare => _entryShare.Value;

    /// <summary>The item each entry belongs to.</summary>
    public ReadOnlySpan<int> EntryItem => _entryItem.Value;

    /// <summary>Row offsets, per supplier node, into <see cref="UsesEntry"/> (length <see cref="NodeCount"/> + 1).</summary>
    public ReadOnlySpan<int> UsesStart => _uses.Value.Start;

    /// <summary>The entries in which each node is a supplier, grouped by supplier.</summary>
    public ReadOnlySpan<int> UsesEntry => _uses.Value.Entry;

    /// <summary>The item name shared by the item's links, or <see langword="null"/> when the links name none or differ.</summary>
    /// <param name="item">The item index.</param>
    /// <returns>The item name, if any.</returns>
    public string? ItemName(int item) => _itemName(item);

    /// <summary>The items of node <paramref name="node"/> as an index range.</summary>
    /// <param name="node">The node index.</param>
    /// <returns>The range of item indices.</returns>
    public Range ItemsOf(int node) => new(_itemStart[node], _itemStart[node + 1]);

    /// <summary>The supplier nodes of item <paramref name="item"/>.</summary>
    /// <param name="item">The item index.</param>
    /// <returns>The supplier node indices (one per link, so a supplier may repeat).</returns>
    public ReadOnlySpan<int> SuppliersOf(int item) =>
        _entrySupplier.AsSpan(_entryStart[item], _entryStart[item + 1] - _entryStart[item]);

    /// <summary>The normalised shares of item <paramref name="item"/>'s suppliers, parallel to <see cref="SuppliersOf"/>.</summary>
    /// <param name="item">The item index.</param>
    /// <returns>The shares, summing to 1.</returns>
    public ReadOnlySpan<double> SharesOf(int item) =>
        EntryShare.Slice(_entryStart[item], _entryStart[item + 1] - _entryStart[item]);

    /// <summary>The entries in which node <paramref name="supplier"/> supplies something.</summary>
    /// <param name="supplier">The node index.</param>
    /// <returns>Entry indices; <see cref="EntryItem"/> and <see cref="ItemOwner"/> give the consumer.</returns>
    public ReadOnlySpan<int> UsesOf(int supplier)
    {
        var (start, entry) = _uses.Value;
        return entry.AsSpan(start[supplier], start[supplier + 1] - start[supplier]);
    }

    /// <summary>Whether node <paramref name="node"/> is a failure candidate (see <see cref="Node.IsFailureCandidate"/>).</summary>
    /// <param name="node">The node index.</param>
    /// <returns><see langword="true"/> when the node's own failure is an event.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="node"/> is out of range.</exception>
    public bool IsCandidate(int node) => _candidate[node];
}
