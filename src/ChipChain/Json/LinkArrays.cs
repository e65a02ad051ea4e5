using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// The link columns (ends, item, share, position) for a whole links array read in parallel: each chunk writes its
/// links into its own window, sized by an upper bound of its element count, so the merged columns are these very
/// arrays (closed up where a window was not filled) rather than a copy of every chunk's.
/// </summary>
/// <param name="length">The sum of the windows' sizes.</param>
internal sealed class LinkArrays(int length)
{
    /// <summary>Each link's supplier index (or a pending code, see <see cref="FastLinkParser"/>).</summary>
    public int[] Supplier { get; private set; } = GC.AllocateUninitializedArray<int>(length);

    /// <summary>Each link's consumer index (or a pending code).</summary>
    public int[] Consumer { get; private set; } = GC.AllocateUninitializedArray<int>(length);

    /// <summary>Each link's item, or null.</summary>
    public string?[] Item { get; private set; } = new string?[length];

    /// <summary>Each link's share, or NaN for none.</summary>
    public double[] Share { get; private set; } = GC.AllocateUninitializedArray<double>(length);

    /// <summary>Where each link starts in the file.</summary>
    public SourcePosition[] Position { get; private set; } = GC.AllocateUninitializedArray<SourcePosition>(length);

    /// <summary>Moves <paramref name="count"/> links from <paramref name="from"/> down to <paramref name="to"/>.</summary>
    public void Move(int from, int to, int count)
    {
        if (from == to || count == 0)
        {
            return;
        }

        Array.Copy(Supplier, from, Supplier, to, count);
        Array.Copy(Consumer, from, Consumer, to, count);
        Array.Copy(Item, from, Item, to, count);
        Array.Copy(Share, from, Share, to, count);
        Array.Copy(Position, from, Position, to, count);
    }

    /// <summary>Cuts the columns to <paramref name="count"/> links (a copy only when the windows were not all full).</summary>
    public void Truncate(int count)
    {
        if (count == Supplier.Length)
        {
            return;
        }

        Supplier = Supplier[..count];
        Consumer = Consumer[..count];
        Item = Item[..count];
        Share = Share[..count];
        Position = Position[..count];
    }
}
