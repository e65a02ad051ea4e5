using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// The links read from one stretch of the links array, in columns (ends, item, share, position), plus the links kept
/// whole. The sequential reader fills one; the parallel reader fills one per chunk, and the document concatenates
/// them in file order with one block copy per column.
/// </summary>
internal sealed class LinkChunk(int capacity = 1024)
{
    private int[] _supplier = new int[Math.Max(capacity, 16)];
    private int[] _consumer = new int[Math.Max(capacity, 16)];
    private string?[] _item = new string?[Math.Max(capacity, 16)];
    private double[] _share = new double[Math.Max(capacity, 16)];
    private SourcePosition[] _position = new SourcePosition[Math.Max(capacity, 16)];

    /// <summary>The number of links.</summary>
    public int Count { get; private set; }

    /// <summary>Added to the file indices of <see cref="WholeLinks"/>: a parallel chunk counts its elements from 0.</summary>
    public int FileIndexBase { get; set; }

    /// <summary>
    /// The links kept whole, with their index in this chunk and in the file's link array (less <see cref="FileIndexBase"/>),
    /// and where an end not known when read starts (default otherwise), so an unknown end's message points at its value.
    /// </summary>
    public List<(int Link, Link Value, int FileIndex, SourcePosition SupplierAt, SourcePosition ConsumerAt)> WholeLinks { get; } = [];

    /// <summary>Adds an ordinary link (both ends known nodes, no note, capacity, source or unknown properties).</summary>
    /// <param name="supplier">The supplier's node index, or -1 when not known yet.</param>
    /// <param name="consumer">The consumer's node index, or -1 when not known yet.</param>
    /// <param name="item">The item, or null.</param>
    /// <param name="share">The share, or NaN for none.</param>
    /// <param name="position">Where the link starts in the file.</param>
    public void Add(int supplier, int consumer, string? item, double share, SourcePosition position)
    {
        var l = Count;
        if (l == _supplier.Length)
        {
            Grow();
        }

        _supplier[l] = supplier;
        _consumer[l] = consumer;
        _item[l] = item;
        _share[l] = share;
        _position[l] = position;
        Count = l + 1;
    }

    /// <summary>Adds a link kept whole.</summary>
    public void Add(Link link, int fileIndex, int supplier, int consumer, SourcePosition supplierAt = default, SourcePosition consumerAt = default)
    {
        WholeLinks.Add((Count, link, fileIndex, supplierAt, consumerAt));
        Add(supplier, consumer, link.Item, link.Share ?? double.NaN, default);
    }

    /// <summary>Copies this chunk's columns into the merged ones at <paramref name="at"/>.</summary>
    public void CopyTo(int at, int[] supplier, int[] consumer, string?[] item, double[] share, SourcePosition[] position)
    {
        Array.Copy(_supplier, 0, supplier, at, Count);
        Array.Copy(_consumer, 0, consumer, at, Count);
        Array.Copy(_item, 0, item, at, Count);
        Array.Copy(_share, 0, share, at, Count);
        Array.Copy(_position, 0, position, at, Count);
    }

    /// <summary>
    /// Replaces the pending link ends (codes -2, -3, …: pending id 0, 1, … of <see cref="FastLinkParser"/>) by the
    /// node indices <paramref name="resolved"/> gives.
    /// </summary>
    /// <returns>False when an id names no node (-1) or a link ends where it starts.</returns>
    public bool Resolve(ReadOnlySpan<int> resolved)
    {
        for (var l = 0; l < Count; l++)
        {
            var supplier = _supplier[l] <= -2 ? resolved[-_supplier[l] - 2] : _supplier[l];
            var consumer = _consumer[l] <= -2 ? resolved[-_consumer[l] - 2] : _consumer[l];
            if (supplier < 0 || consumer < 0 || supplier == consumer)
            {
                return false;
            }

            _supplier[l] = supplier;
            _consumer[l] = consumer;
        }

        return true;
    }

    private void Grow()
    {
        // Half again, not double: chunks are sized from an estimate, so a little more room is usually enough.
        var size = _supplier.Length + (_supplier.Length >> 1);
        Array.Resize(ref _supplier, size);
        Array.Resize(ref _consumer, size);
        Array.Resize(ref _item, size);
        Array.Resize(ref _share, size);
        Array.Resize(ref _position, size);
    }
}
