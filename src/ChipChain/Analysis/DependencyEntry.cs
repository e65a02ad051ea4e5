namespace ChipChain.Analysis;

/// <summary>One node of a dependency tree: how far it is from the root and one shortest supply path connecting them.</summary>
/// <param name="Id">The node's id.</param>
/// <param name="Tier">Its distance from the root in supply links (1 = direct supplier or consumer).</param>
/// <param name="Via">The neighbour one tier closer to the root on <paramref name="Path"/> (for upstream, the consumer it supplies; for downstream, the supplier it depends on).</param>
/// <param name="Item">The item of the link between the node and <paramref name="Via"/>, or <see langword="null"/> when the link names none.</param>
/// <param name="Path">The node ids along the path in supply direction (supplier first): from this node to the root upstream, from the root to this node downstream.</param>
public sealed record DependencyEntry(string Id, int Tier, string Via, string? Item, IReadOnlyList<string> Path)
{
    /// <summary>The most ids <see cref="PathEnds"/> returns at each end.</summary>
    public const int MaxPathEnd = SharedPath.FarCells;

    /// <summary>
    /// The first and the last <paramref name="count"/> ids of <see cref="Path"/>, read without walking the rest of
    /// it, so showing the ends of every path of a tree 100 000 tiers deep stays linear. A path of at most
    /// 2 × <paramref name="count"/> ids comes whole in <c>First</c>, with <c>Last</c> empty.
    /// </summary>
    /// <param name="count">How many ids at each end, 1..<see cref="MaxPathEnd"/>.</param>
    /// <returns>The two ends, in supply direction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range.</exception>
    public (IReadOnlyList<string> First, IReadOnlyList<string> Last) PathEnds(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxPathEnd);
        if (Path.Count <= 2 * count)
        {
            return (Path, []);
        }

        return Path is SharedPath shared ? shared.Ends(count) : (Path.Take(count).ToArray(), Path.Skip(Path.Count - count).ToArray());
    }
}
