using ChipChain.Model;
using CsCheck;

namespace ChipChain.Tests.Support;

/// <summary>CsCheck generators of small random supply graphs with cycles, market nodes, links without items and shares.</summary>
internal static class RandomSupplyGraphs
{
    /// <summary>A graph of 1..maxNodes nodes and up to 3 links per node; any two nodes may link, so cycles are common.</summary>
    public static Gen<SupplyGraph> Graph(int maxNodes = 8) =>
        from n in Gen.Int[1, maxNodes]
        from anyFlags in Gen.Bool.Array[n]
        from linkCount in Gen.Int[0, n * 3]
        from links in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[0, 3], Gen.Int[0, 10]).Array[linkCount]
        select Build(n, anyFlags, links);

    private static SupplyGraph Build(int n, bool[] anyFlags, (int Supplier, int Consumer, int Item, int Share)[] links)
    {
        var builder = new SupplyGraphBuilder();
        for (var i = 0; i < n; i++)
        {
            builder.AddNode(new Node($"n{i}") { Requires = anyFlags[i] ? Requirement.Any : Requirement.All, Country = $"C{i % 3}" });
        }

        foreach (var (s, c, item, share) in links)
        {
            if (s == c)
            {
                continue;
            }

            // Item 0 means "no item" (the link is its own item); share 0 means "no share stated".
            builder.AddLink(new Link($"n{s}", $"n{c}") { Item = item == 0 ? null : $"i{item}", Share = share == 0 ? null : share / 10.0 });
        }

        return builder.Build();
    }
}
