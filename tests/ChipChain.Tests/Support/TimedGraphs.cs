using ChipChain.Model;
using CsCheck;

namespace ChipChain.Tests.Support;

/// <summary>Random graphs (<see cref="RandomGraphs"/>, with cycles) given random inventories and recovery times.</summary>
internal static class TimedGraphs
{
    /// <summary>Random graphs of up to <paramref name="maxNodes"/> nodes; inventories 0..<paramref name="maxBuffer"/> weeks, recovery 1..6 weeks, each on about half the links and nodes.</summary>
    public static Gen<SupplyGraph> Graphs(int maxNodes = 8, int maxBuffer = 3) =>
        RandomGraphs.Graphs(maxNodes).SelectMany(graph => Gen.Int[-maxBuffer, maxBuffer].Array[graph.LinkCount]
            .SelectMany(buffers => Gen.Int[-5, 6].Array[graph.NodeCount].Select(recovery => With(graph, buffers, recovery))));

    /// <summary>A random timed graph, a target in it, a horizon of 1–12 weeks and a default duration (0: the whole horizon).</summary>
    public static Gen<(SupplyGraph Graph, int Target, int Horizon, int Weeks)> RankingCases =>
        from g in Graphs(8, 4)
        from target in Gen.Int[0, 7]
        from horizon in Gen.Int[1, 12]
        from weeks in Gen.Int[0, 12]
        select (g, target % g.NodeCount, horizon, weeks);

    /// <summary>The graph with link l's inventory <paramref name="buffers"/>[l] (none when negative) and node v's recovery <paramref name="recovery"/>[v] (none below 1).</summary>
    public static SupplyGraph With(SupplyGraph graph, int[] buffers, int[] recovery)
    {
        var builder = new SupplyGraphBuilder();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var node = graph[v];
            builder.AddNode(new Node(node.Id)
            {
                Name = node.Name,
                Kind = node.Kind,
                Country = node.Country,
                Requires = node.Requires,
                CanFail = node.CanFail,
                RecoveryWeeks = recovery[v] >= 1 ? recovery[v] : null,
            });
        }

        for (var l = 0; l < graph.LinkCount; l++)
        {
            var link = graph.Links[l];
            builder.AddLink(new Link(link.Supplier, link.Consumer)
            {
                Item = link.Item,
                Share = link.Share,
                InventoryWeeks = buffers[l] >= 0 ? buffers[l] : null,
            });
        }

        return builder.Build();
    }

    /// <summary>The graph and its inventories and recovery times as text, for a failing case.</summary>
    public static string Describe(SupplyGraph graph) =>
        RandomGraphs.Describe(graph)
        + string.Join(' ', graph.Nodes.Where(n => n.RecoveryWeeks is not null).Select(n => $"{n.Id}:recovers {n.RecoveryWeeks}"))
        + " " + string.Join(' ', graph.Links.Where(l => l.InventoryWeeks is not null).Select(l => $"{l}:stock {l.InventoryWeeks}"));
}
