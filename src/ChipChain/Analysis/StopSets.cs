using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// For every node n, the set S(n) of failure candidates whose failure alone makes n unavailable (n itself included
/// when it is a candidate), as computed
/// by <see cref="SinglePointsOfFailure.Compute(SupplyGraph)"/>. Immutable. Index queries are the fast path other analyses use;
/// id queries are the public face.
/// </summary>
internal sealed class StopSets
{
    private readonly SupplyGraph _graph;
    private readonly StopSetForest _forest;

    internal StopSets(SupplyGraph graph, StopSetForest forest)
    {
        _graph = graph;
        _forest = forest;
    }

    /// <summary>The number of nodes.</summary>
    public int NodeCount => _forest.NodeCount;

    /// <summary>The persistent sets, for analyses that read them without materialising each.</summary>
    internal StopSetForest Forest => _forest;

    /// <summary>S(<paramref name="node"/>): the indices of every node whose failure alone stops it, itself included, ascending.</summary>
    /// <param name="node">A node index.</param>
    /// <returns>The sorted indices.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="node"/> is out of range.</exception>
    /// <exception cref="InvalidOperationException">The sets were computed for some targets only, and <paramref name="node"/> is not upstream of them.</exception>
    public ReadOnlySpan<int> SetOf(int node) => Set(node);

    /// <summary>The single points of failure of <paramref name="node"/>: S(node) without the node itself, ascending.</summary>
    /// <param name="node">A node index.</param>
    /// <returns>The sorted indices.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="node"/> is out of range.</exception>
    /// <exception cref="InvalidOperationException">The sets were computed for some targets only, and <paramref name="node"/> is not upstream of them.</exception>
    public IReadOnlyList<int> For(int node)
    {
        var set = Set(node);
        var result = new List<int>(set.Length);
        foreach (var x in set)
        {
            if (x != node)
            {
                result.Add(x);
            }
        }

        return result;
    }

    /// <summary>The single points of failure of the node with id <paramref name="id"/>, as ids sorted ordinally (the node itself not listed).</summary>
    /// <param name="id">The node id.</param>
    /// <returns>The sorted ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="UnknownNodeException">No node has that id.</exception>
    /// <exception cref="InvalidOperationException">The sets were computed for some targets only, and the node is not upstream of them.</exception>
    public IReadOnlyList<string> For(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var ids = For(_graph.IndexOf(id)).Select(i => _graph[i].Id).ToList();
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>Whether the failure of <paramref name="failing"/> alone makes <paramref name="node"/> unavailable.</summary>
    /// <param name="failing">The failing node's index.</param>
    /// <param name="node">The node index asked about.</param>
    /// <returns><see langword="true"/> when <paramref name="failing"/> ∈ S(<paramref name="node"/>).</returns>
    /// <exception cref="IndexOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">The sets were computed for some targets only, and <paramref name="node"/> is not upstream of them.</exception>
    public bool Stops(int failing, int node)
    {
        Check(node);
        return _forest.Contains(node, failing);
    }

    /// <summary>
    /// The number of elements stored for all sets computed: each set keeps only what it adds to the set it links to,
    /// so a chain of n nodes stores n elements, not n²/2.
    /// </summary>
    public long TotalSize => _forest.TotalOwnSize();

    private int[] Set(int node)
    {
        Check(node);
        return _forest.Materialize(node);
    }

    private void Check(int node)
    {
        if (!_forest.Has(node))
        {
            throw new InvalidOperationException($"The single points of failure of '{_graph[node].Id}' were not computed: it is not upstream of the targets asked for.");
        }
    }
}
