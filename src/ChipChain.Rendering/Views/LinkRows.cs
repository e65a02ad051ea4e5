using ChipChain.Model;

namespace ChipChain.Rendering.Views;

/// <summary>The links of every node as compressed rows: for node v, <c>Links[Start[v]..Start[v + 1]]</c>.</summary>
internal static class LinkRows
{
    /// <summary>The links out of each node (<paramref name="downstream"/>) or into it.</summary>
    public static (int[] Start, int[] Links) Build(SupplyGraph graph, bool downstream)
    {
        var start = new int[graph.NodeCount + 1];
        for (var l = 0; l < graph.LinkCount; l++)
        {
            start[End(graph, l, downstream) + 1]++;
        }

        for (var v = 0; v < graph.NodeCount; v++)
        {
            start[v + 1] += start[v];
        }

        var next = start[..^1];
        var links = new int[graph.LinkCount];
        for (var l = 0; l < graph.LinkCount; l++)
        {
            links[next[End(graph, l, downstream)]++] = l;
        }

        return (start, links);
    }

    private static int End(SupplyGraph graph, int link, bool downstream) => downstream ? graph.SupplierIndex(link) : graph.ConsumerIndex(link);
}
