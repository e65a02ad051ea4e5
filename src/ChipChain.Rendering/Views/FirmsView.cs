using ChipChain.Model;

namespace ChipChain.Rendering.Views;

/// <summary>
/// The firms view: every node that can fail on its own (and the view's target), with structure collapsed. A link
/// from a kept node into a kept node is drawn as it is; a link into structure becomes one arrow to each kept node
/// reached from there through structure alone, carrying the link's item (or the structure node's name) and share.
/// </summary>
internal static class FirmsView
{
    public static ViewSelection Select(SupplyGraph graph, int? target)
    {
        var keep = new bool[graph.NodeCount];
        for (var v = 0; v < keep.Length; v++)
        {
            keep[v] = !ViewSelection.IsStructure(graph[v]) || v == target;
        }

        var (start, links) = LinkRows.Build(graph, downstream: true);
        var reached = new Dictionary<int, int[]>();
        var parts = new List<EdgePart>();
        for (var l = 0; l < graph.LinkCount; l++)
        {
            var s = graph.SupplierIndex(l);
            var c = graph.ConsumerIndex(l);
            if (!keep[s])
            {
                continue;
            }

            if (keep[c])
            {
                parts.Add(new EdgePart(s, c, l, -1));
                continue;
            }

            if (!reached.TryGetValue(c, out var ends))
            {
                reached[c] = ends = KeptThroughStructure(graph, c, keep, start, links);
            }

            foreach (var end in ends)
            {
                if (end != s)
                {
                    parts.Add(new EdgePart(s, end, l, c));
                }
            }
        }

        return new ViewSelection(keep, new bool[graph.NodeCount], parts);
    }

    /// <summary>The kept nodes reached from structure node <paramref name="from"/> through structure nodes only, sorted.</summary>
    private static int[] KeptThroughStructure(SupplyGraph graph, int from, bool[] keep, int[] start, int[] links)
    {
        var seen = new HashSet<int> { from };
        var found = new SortedSet<int>();
        var stack = new Stack<int>();
        stack.Push(from);
        while (stack.TryPop(out var v))
        {
            for (var e = start[v]; e < start[v + 1]; e++)
            {
                var w = graph.ConsumerIndex(links[e]);
                if (keep[w])
                {
                    found.Add(w);
                }
                else if (seen.Add(w))
                {
                    stack.Push(w);
                }
            }
        }

        return [.. found];
    }
}
