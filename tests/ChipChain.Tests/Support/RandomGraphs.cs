using System.Globalization;
using System.Text;
using ChipChain.Model;
using CsCheck;

namespace ChipChain.Tests.Support;

/// <summary>
/// Small random supply graphs for property tests: cycles (links in any direction), <c>requires: any</c> nodes,
/// links without item (each its own item), shared suppliers and repeated items (alternatives), stated shares
/// including 0 and 1, countries (some nodes without one) and products.
/// </summary>
internal static class RandomGraphs
{
    /// <summary>The countries nodes may have.</summary>
    public static readonly string[] Countries = ["AA", "BB", "CC"];

    /// <summary>Random graphs of 1..<paramref name="maxNodes"/> nodes and up to three links per node.</summary>
    public static Gen<SupplyGraph> Graphs(int maxNodes = 8) =>
        Gen.Int[1, maxNodes].SelectMany(n => Gen.Select(
            Gen.Int[0, 3].Array[n],
            Gen.Int[0, Countries.Length].Array[n],
            Gen.Int[0, 4].Array[n],
            Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[0, 3], Gen.Int[0, 5]).Array[0, 3 * n],
            (requires, countries, kinds, links) => Build(n, requires, countries, kinds, links)));

    /// <summary>A readable description of a graph for failure reports.</summary>
    public static string Describe(SupplyGraph graph)
    {
        var text = new StringBuilder();
        foreach (var node in graph.Nodes)
        {
            text.Append(CultureInfo.InvariantCulture, $"{node.Id}[{(node.Requires == Requirement.Any ? "any" : "all")},{node.Country ?? "-"},{node.Kind ?? "-"}] ");
        }

        foreach (var link in graph.Links)
        {
            text.Append(CultureInfo.InvariantCulture, $"{link.Supplier}->{link.Consumer}:{link.Item ?? "-"}:{link.Share?.ToString(CultureInfo.InvariantCulture) ?? "-"} ");
        }

        return text.ToString();
    }

    private static SupplyGraph Build(int n, int[] requires, int[] countries, int[] kinds, (int Supplier, int Consumer, int Item, int Share)[] links)
    {
        var builder = new SupplyGraphBuilder();
        for (var i = 0; i < n; i++)
        {
            builder.AddNode(new Node($"n{i}")
            {
                Requires = requires[i] == 0 ? Requirement.Any : Requirement.All,
                Country = countries[i] == 0 ? null : Countries[countries[i] - 1],
                Kind = kinds[i] == 0 ? NodeKinds.Product : NodeKinds.Other,
            });
        }

        foreach (var (s, c, item, share) in links)
        {
            if (s == c)
            {
                continue;
            }

            builder.AddLink(new Link($"n{s}", $"n{c}")
            {
                Item = item == 0 ? null : $"i{item}",
                Share = share switch { 0 or 1 => null, 2 => 0.25, 3 => 0.5, 4 => 1.0, _ => 0.0 },
            });
        }

        return builder.Build();
    }
}
