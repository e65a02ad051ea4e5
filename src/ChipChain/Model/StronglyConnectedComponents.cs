namespace ChipChain.Model;

/// <summary>
/// The strongly connected components of the supply graph (edges run supplier → consumer), numbered in topological
/// order: every supplier's component comes no later than its consumers'. Iterative Tarjan, linear time, no recursion,
/// so it is safe on million-node graphs.
/// </summary>
public sealed class StronglyConnectedComponents
{
    private readonly int[] _componentOf;
    private readonly int[] _memberStart;
    private readonly int[] _members;

    /// <summary>Computes the components of <paramref name="topology"/>.</summary>
    /// <param name="topology">The graph's topology.</param>
    /// <exception cref="ArgumentNullException"><paramref name="topology"/> is null.</exception>
    public StronglyConnectedComponents(GraphTopology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var n = topology.NodeCount;
        var index = new int[n];
        var low = new int[n];
        Array.Fill(index, -1);
        var onStack = new bool[n];
        var stack = new int[n];
        var sp = 0;
        var callNode = new int[n];
        var callEdge = new int[n];
        var componentOf = new int[n];
        var finished = new List<int>(n); // nodes in order of component completion (reverse topological)
        var componentSizes = new List<int>();
        var counter = 0;
        var usesStart = topology.UsesStart;
        var usesEntry = topology.UsesEntry;
        var entryItem = topology.EntryItem;
        var itemOwner = topology.ItemOwner;

        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            var depth = 0;
            callNode[0] = root;
            callEdge[0] = usesStart[root];
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0)
            {
                var v = callNode[depth];
                if (callEdge[depth] < usesStart[v + 1])
                {
                    var w = itemOwner[entryItem[usesEntry[callEdge[depth]++]]];
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = usesStart[w];
                    }
                    else if (onStack[w] && index[w] < low[v])
                    {
                        low[v] = index[w];
                    }

                    continue;
                }

                if (low[v] == index[v])
                {
                    var size = 0;
                    int w;
                    do
                    {
                        w = stack[--sp];
                        onStack[w] = false;
                        componentOf[w] = componentSizes.Count;
                        finished.Add(w);
                        size++;
                    }
                    while (w != v);
                    componentSizes.Add(size);
                }

                depth--;
                if (depth >= 0 && low[v] < low[callNode[depth]])
                {
                    low[callNode[depth]] = low[v];
                }
            }
        }

        // Tarjan completes consumers before suppliers: reverse the numbering for topological order.
        var count = componentSizes.Count;
        for (var i = 0; i < n; i++)
        {
            componentOf[i] = count - 1 - componentOf[i];
        }

        _memberStart = new int[count + 1];
        for (var c = 0; c < count; c++)
        {
            _memberStart[c + 1] = _memberStart[c] + componentSizes[count - 1 - c];
        }

        _members = new int[n];
        var fill = (int[])_memberStart.Clone();
        foreach (var v in finished)
        {
            _members[fill[componentOf[v]]++] = v;
        }

        foreach (var c in Enumerable.Range(0, count))
        {
            Array.Sort(_members, _memberStart[c], _memberStart[c + 1] - _memberStart[c]);
        }

        _componentOf = componentOf;
    }

    /// <summary>The number of components.</summary>
    public int Count => _memberStart.Length - 1;

    /// <summary>The component of node <paramref name="node"/>.</summary>
    /// <param name="node">A node index.</param>
    /// <returns>The component number (topological order).</returns>
    public int ComponentOf(int node) => _componentOf[node];

    /// <summary>The nodes of component <paramref name="component"/>, in increasing index order.</summary>
    /// <param name="component">A component number.</param>
    /// <returns>The member node indices.</returns>
    public ReadOnlySpan<int> Members(int component) =>
        _members.AsSpan(_memberStart[component], _memberStart[component + 1] - _memberStart[component]);

    /// <summary>Whether component <paramref name="component"/> contains a cycle (self-links are not allowed, so: more than one node).</summary>
    /// <param name="component">A component number.</param>
    /// <returns><see langword="true"/> for a cycle.</returns>
    public bool IsCyclic(int component) => _memberStart[component + 1] - _memberStart[component] > 1;
}
