using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// The strongly connected components of the part of the graph upstream of some targets (the targets and everything
/// they draw on), in an order where every supplier's component comes before its consumers'. Iterative Tarjan over
/// consumer → supplier edges, which emits a component only after every component it draws on; it visits only the
/// upstream part, so one target of a million-node graph costs what its supply chain costs.
/// </summary>
internal sealed class UpstreamComponents
{
    private readonly int[] _start;
    private readonly int[] _members;

    /// <summary>Finds the components upstream of <paramref name="targets"/>.</summary>
    public UpstreamComponents(GraphTopology topology, IEnumerable<int> targets)
    {
        var n = topology.NodeCount;
        var itemStart = topology.ItemStart;
        var entryStart = topology.EntryStart;
        var supplier = topology.EntrySupplier;
        var index = new int[n];
        var low = new int[n];
        Array.Fill(index, -1);
        var onStack = new bool[n];
        var stack = new List<int>();
        var callNode = new List<int>();
        var callEdge = new List<int>();
        var members = new List<int>();
        var start = new List<int> { 0 };
        ComponentOf = new int[n];
        Array.Fill(ComponentOf, -1);
        var counter = 0;
        foreach (var root in targets)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            Visit(root, entryStart[itemStart[root]]);
            while (callNode.Count > 0)
            {
                var depth = callNode.Count - 1;
                var v = callNode[depth];
                var e = callEdge[depth];
                if (e < entryStart[itemStart[v + 1]])
                {
                    callEdge[depth] = e + 1;
                    var w = supplier[e];
                    if (index[w] < 0)
                    {
                        Visit(w, entryStart[itemStart[w]]);
                    }
                    else if (onStack[w] && index[w] < low[v])
                    {
                        low[v] = index[w];
                    }

                    continue;
                }

                if (low[v] == index[v])
                {
                    var first = members.Count;
                    int w;
                    do
                    {
                        w = stack[^1];
                        stack.RemoveAt(stack.Count - 1);
                        onStack[w] = false;
                        ComponentOf[w] = start.Count - 1;
                        members.Add(w);
                    }
                    while (w != v);
                    members.Sort(first, members.Count - first, Comparer<int>.Default);
                    start.Add(members.Count);
                }

                callNode.RemoveAt(depth);
                callEdge.RemoveAt(depth);
                if (depth > 0 && low[v] < low[callNode[depth - 1]])
                {
                    low[callNode[depth - 1]] = low[v];
                }
            }
        }

        _start = [.. start];
        _members = [.. members];

        void Visit(int node, int firstEntry)
        {
            index[node] = low[node] = counter++;
            stack.Add(node);
            onStack[node] = true;
            callNode.Add(node);
            callEdge.Add(firstEntry);
        }
    }

    /// <summary>The number of components.</summary>
    public int Count => _start.Length - 1;

    /// <summary>Each upstream node's component; -1 for other nodes.</summary>
    public int[] ComponentOf { get; }

    /// <summary>The nodes of component <paramref name="component"/>, ascending.</summary>
    public ReadOnlySpan<int> Members(int component) => _members.AsSpan(_start[component], _start[component + 1] - _start[component]);
}
