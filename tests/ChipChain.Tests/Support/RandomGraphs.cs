using System.Globalization;
using System.Text;
using ChipChain.Model;
using CsCheck;

namespace ChipChain.Tests.Support;

/// <summary>
/// The random supply graphs of the property tests: cycles (links in any direction), <c>requires: any</c> nodes,
/// links without item (each its own item), shared suppliers and repeated items (alternatives), stated shares
/// (none, 0, 1, round values and arbitrary ones), countries (some nodes without one), products among other kinds
/// (one unknown, one the structure kind input), <c>canFail</c> unstated, true or false, and display names that need
/// escaping in SVG, DOT and Mermaid.
/// </summary>
internal static class RandomGraphs
{
    /// <summary>The countries nodes may have.</summary>
    public static readonly string[] Countries = ["AA", "BB", "CC", "DD"];

    // Index 0 is a product: one node in five is one, as DefaultTargets looks for products first.
    private static readonly string[] Kinds = [NodeKinds.Product, NodeKinds.Other, NodeKinds.Foundry, NodeKinds.Input, "mystery"];

    /// <summary>
    /// Random graphs of 1..<paramref name="maxNodes"/> nodes n0.. and up to three links per node. With
    /// <paramref name="orOnlyAcyclic"/> every node requires any one supplier and links only go from a higher to a
    /// lower index, the family in which the minimum cut is a max-flow problem.
    /// </summary>
    public static Gen<SupplyGraph> Graphs(int maxNodes = 8, bool orOnlyAcyclic = false) =>
        Gen.Int[1, maxNodes].SelectMany(n => Gen.Select(
            Gen.Int[0, 3].Array[n],
            Gen.Int[0, Countries.Length].Array[n],
            Gen.Int[0, Kinds.Length - 1].Array[n],
            Gen.Int[0, 3].Array[n],
            Gen.Int[0, 2].Array[n],
            Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[0, 3], Gen.Int[0, 6], Gen.Double[0, 1]).Array[0, 3 * n],
            (requires, countries, kinds, names, canFail, links) => Build(n, new NodeDraws(requires, countries, kinds, names, canFail), links, orOnlyAcyclic)));

    /// <summary>A readable description of a graph for failure reports.</summary>
    public static string Describe(SupplyGraph graph)
    {
        var text = new StringBuilder();
        foreach (var node in graph.Nodes)
        {
            var canFail = node.CanFail switch { true => ",canFail", false => ",cannotFail", null => string.Empty };
            text.Append(CultureInfo.InvariantCulture, $"{node.Id}[{(node.Requires == Requirement.Any ? "any" : "all")},{node.Country ?? "-"},{node.Kind ?? "-"}{canFail}] ");
        }

        foreach (var link in graph.Links)
        {
            text.Append(CultureInfo.InvariantCulture, $"{link.Supplier}->{link.Consumer}:{link.Item ?? "-"}:{link.Share?.ToString(CultureInfo.InvariantCulture) ?? "-"} ");
        }

        return text.ToString();
    }

    private static SupplyGraph Build(int n, NodeDraws draws, (int Supplier, int Consumer, int Item, int Share, double Value)[] links, bool orOnlyAcyclic)
    {
        var builder = new SupplyGraphBuilder();
        for (var i = 0; i < n; i++)
        {
            builder.AddNode(new Node($"n{i}")
            {
                Name = draws.Names[i] switch { 0 => $"Node <{i}> & \"co\"", 1 => $"Node {i}", _ => null },
                Requires = orOnlyAcyclic || draws.Requires[i] == 0 ? Requirement.Any : Requirement.All,
                Country = draws.Countries[i] == 0 ? null : Countries[draws.Countries[i] - 1],
                Kind = Kinds[draws.Kinds[i]],
                CanFail = draws.CanFail[i] switch { 1 => true, 2 => false, _ => null },
            });
        }

        foreach (var (s, c, item, share, value) in links)
        {
            var (from, to) = orOnlyAcyclic ? (Math.Max(s, c), Math.Min(s, c)) : (s, c);
            if (from == to)
            {
                continue;
            }

            builder.AddLink(new Link($"n{from}", $"n{to}")
            {
                Item = item == 0 ? null : $"i{item}",
                Share = share switch { 0 or 1 => null, 2 => 0.25, 3 => 0.5, 4 => 1.0, 5 => 0.0, _ => Math.Round(value, 2) },
            });
        }

        return builder.Build();
    }

    private sealed record NodeDraws(int[] Requires, int[] Countries, int[] Kinds, int[] Names, int[] CanFail);
}
