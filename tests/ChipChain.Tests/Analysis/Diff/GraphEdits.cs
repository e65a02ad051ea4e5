using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Diff;

/// <summary>
/// Random edits of a random graph, for the diff's property tests: nodes removed (with their links) and added (new
/// ids, linked to old and new nodes, so cycles can form across the edit), names, kinds, countries and canFail
/// changed, links removed and added, shares restated.
/// </summary>
internal static class GraphEdits
{
    private static readonly string?[] Kinds = [NodeKinds.Product, NodeKinds.Foundry, NodeKinds.Input, null];

    /// <summary>Pairs of a random graph and a random edit of it.</summary>
    public static Gen<(SupplyGraph Before, SupplyGraph After)> Pairs(int maxNodes = 7) =>
        RandomGraphs.Graphs(maxNodes).SelectMany(g => Gen.Select(
            Gen.Int[0, 9].Array[g.NodeCount],
            Gen.Int[0, 5].Array[g.Links.Count],
            Gen.Int[0, 3],
            Gen.Select(Gen.Int[0, g.NodeCount + 2], Gen.Int[0, g.NodeCount + 2], Gen.Int[0, 2], Gen.Int[0, 4]).Array[0, 4],
            (nodeEdits, linkEdits, added, newLinks) => (g, Apply(g, nodeEdits, linkEdits, added, newLinks))));

    /// <summary>A readable account of a pair for failure reports.</summary>
    public static string Describe((SupplyGraph Before, SupplyGraph After) pair) =>
        "before: " + RandomGraphs.Describe(pair.Before) + " | after: " + RandomGraphs.Describe(pair.After);

    private static SupplyGraph Apply(SupplyGraph g, int[] nodeEdits, int[] linkEdits, int added, (int S, int C, int Item, int Share)[] newLinks)
    {
        var builder = new SupplyGraphBuilder();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < g.NodeCount; i++)
        {
            var n = g[i];
            var edit = nodeEdits[i];
            if (edit == 0)
            {
                continue; // removed
            }

            kept.Add(n.Id);
            builder.AddNode(new Node(n.Id)
            {
                Name = edit == 1 ? "Renamed " + n.Id : n.Name,
                Kind = edit == 2 ? Kinds[i % Kinds.Length] : n.Kind,
                Country = edit == 3 ? (n.Country is null ? "DD" : null) : n.Country,
                Requires = edit == 4 ? (n.Requires == Requirement.Any ? Requirement.All : Requirement.Any) : n.Requires,
                CanFail = edit == 5 ? !n.IsFailureCandidate : n.CanFail,
            });
        }

        for (var k = 0; k < added; k++)
        {
            var id = $"m{k}";
            kept.Add(id);
            builder.AddNode(new Node(id) { Kind = Kinds[k % Kinds.Length], Country = k % 2 == 0 ? "AA" : "BB" });
        }

        for (var l = 0; l < g.Links.Count; l++)
        {
            var link = g.Links[l];
            if (linkEdits[l] == 0 || !kept.Contains(link.Supplier) || !kept.Contains(link.Consumer))
            {
                continue;
            }

            builder.AddLink(new Link(link.Supplier, link.Consumer)
            {
                Item = link.Item,
                Share = linkEdits[l] == 1 ? (link.Share is null ? 0.5 : null) : link.Share,
            });
        }

        var ids = kept.Order(StringComparer.Ordinal).ToList();
        foreach (var (s, c, item, share) in newLinks)
        {
            if (ids.Count == 0)
            {
                break;
            }

            var (supplier, consumer) = (ids[s % ids.Count], ids[c % ids.Count]);
            if (supplier != consumer)
            {
                builder.AddLink(new Link(supplier, consumer) { Item = item == 0 ? null : $"i{item}", Share = share == 0 ? 0.25 : null });
            }
        }

        return builder.Build();
    }
}
