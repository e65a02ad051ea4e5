using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// The links read from one stretch of the links array, in columns (ends, item, share, position), plus the links kept
/// whole. The sequential reader fills one with its own growing columns; the parallel reader gives each chunk a window
/// of <see cref="LinkArrays"/> as large as the chunk can hold, and the document closes the windows up in file order.
/// </summary>
internal sealed class LinkChunk
{
    private readonly LinkArrays? _window;
    private readonly int _base;
    private int _capacity;
    private int[] _supplier;
    private int[] _consumer;
    private string?[] _item;
    private double[] _share;
    private SourcePosition[] _position;

    /// <summary>A chunk with its own columns, grown as needed.</summary>
    public LinkChunk(int capacity = 1024)
    {
        _capacity = Math.Max(capacity, 16);
        _supplier = new int[_capacity];
        _consumer = new int[_capacity];
        _item = new string?[_capacity];
        _share = new double[_capacity];
        _position = new SourcePosition[_capacity];
    }

    /// <summary>A chunk writing links <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="capacity"/> − 1 of <paramref name="window"/>.</summary>
    public LinkChunk(LinkArrays window, int offset, int capacity)
    {
        (_window, _base, _capacity) = (window, offset, capacity);
        (_supplier, _consumer, _item, _share, _position) = (window.Supplier, window.Consumer, window.Item, window.Share, window.Position);
    }

    /// <summary>The shared columns this chunk writes a window of, or null when it has its own.</summary>
    public LinkArrays? Window => _window;

    /// <summary>Where this chunk's window starts in <see cref="Window"/>.</summary>
    public int Base => _base;

    /// <summary>Whether a window chunk has no room for another link (its bound was wrong: the chunk is read again sequentially).</summary>
    public bool IsFull => _window is not null && Count == _capacity;

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
        var l = _base + Count;
        if (Count == _capacity)
        {
            Grow();
        }

        _supplier[l] = supplier;
        _consumer[l] = consumer;
        _item[l] = item;
        _share[l] = share;
        _position[l] = position;
        Count++;
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
        Array.Copy(_supplier, _base, supplier, at, Count);
        Array.Copy(_consumer, _base, consumer, at, Count);
        Array.Copy(_item, _base, item, at, Count);
        Array.Copy(_share, _base, share, at, Count);
        Array.Copy(_position, _base, position, at, Count);
    }

    /// <summary>
    /// Replaces the pending link ends (codes -2, -3, …: pending id 0, 1, … of <see cref="FastLinkParser"/>) by the
    /// node indices <paramref name="resolved"/> gives.
    /// </summary>
    /// <returns>False when an id names no node (-1) or a link ends where it starts.</returns>
    public bool Resolve(ReadOnlySpan<int> resolved)
    {
        for (var l = _base; l < _base + Count; l++)
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
        if (_window is not null)
        {
            throw new InvalidOperationException("a window chunk cannot grow");
        }

        // Half again, not double: chunks are sized from an estimate, so a little more room is usually enough.
        var size = _supplier.Length + (_supplier.Length >> 1);
        _capacity = size;
        Array.Resize(ref _supplier, size);
        Array.Resize(ref _consumer, size);
        Array.Resize(ref _item, size);
        Array.Resize(ref _share, size);
        Array.Resize(ref _position, size);
    }
}
