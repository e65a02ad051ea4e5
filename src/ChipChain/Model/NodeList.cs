using System.Collections;

namespace ChipChain.Model;

/// <summary>
/// The nodes of a <see cref="SupplyGraph"/>: either all made already (built or parsed graphs), or made one at a time
/// on first use from columns (a snapshot), so that opening a million-node snapshot makes no node objects at all and a
/// query that looks at a few nodes makes only those.
/// </summary>
internal sealed class NodeList : IReadOnlyList<Node>
{
    private readonly Node?[] _nodes;
    private readonly Func<int, Node>? _make;
    private readonly Func<int, string?>? _kind;

    /// <summary>Nodes that exist already.</summary>
    public NodeList(Node[] nodes) => _nodes = nodes;

    /// <summary>
    /// Nodes made on first use by <paramref name="make"/>, which must give equal nodes for the same index and must not
    /// fail (the caller checked its columns up front).
    /// </summary>
    /// <param name="count">The number of nodes.</param>
    /// <param name="make">Makes node <c>i</c>.</param>
    /// <param name="kind">Node <c>i</c>'s kind, without making the node (to find the default targets).</param>
    public NodeList(int count, Func<int, Node> make, Func<int, string?> kind)
    {
        _nodes = new Node?[count];
        _make = make;
        _kind = kind;
    }

    /// <inheritdoc />
    public int Count => _nodes.Length;

    /// <inheritdoc />
    public Node this[int index] => _nodes[index] ?? Make(index);

    /// <summary>Node <paramref name="index"/>'s kind, without making the node when it is not made yet.</summary>
    public string? KindOf(int index) => _nodes[index]?.Kind ?? (_kind is null ? this[index].Kind : _kind(index));

    /// <inheritdoc />
    public IEnumerator<Node> GetEnumerator()
    {
        for (var i = 0; i < _nodes.Length; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Makes node <paramref name="index"/>; when threads race, the first node published wins, so every caller sees the
    /// same object (analyses running in parallel may ask for the same node).
    /// </summary>
    private Node Make(int index)
    {
        var made = _make!(index);
        return Interlocked.CompareExchange(ref _nodes[index], made, null) ?? made;
    }
}
