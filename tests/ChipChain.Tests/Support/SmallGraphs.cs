using ChipChain.Model;
using CsCheck;

namespace ChipChain.Tests.Support;

/// <summary>
/// Random small supply graphs for property tests: cycles allowed, some <c>requires: any</c> nodes, links with and
/// without items, shared suppliers, countries from a small set.
/// </summary>
internal static class SmallGraphs
{
    public static readonly string[] Countries = ["AA", "BB", "CC", "DD"];

    /// <summary>A graph of 2..<paramref name="maxNodes"/> nodes n0.. and up to 3 links per node.</summary>
    public static Gen<SupplyGraph> General(int maxNodes = 7, bool orOnlyAcyclic = false) =>
        from n in Gen.Int[2, maxNodes]
        from any in Gen.Bool.Array[n]
        from country in Gen.Int[0, Countries.Length].Array[n]
        from links in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[0, 3], Gen.Double[0, 1], Gen.Bool).Array[0, 3 * n]
        select Build(n, any, country, links, orOnlyAcyclic);

    public static SupplyGraph Build(int n, bool[] any, int[] country, (int S, int C, int Item, double Share, bool HasShare)[] links, bool orOnlyAcyclic)
    {
        var builder = new SupplyGraphBuilder();
        for (var i = 0; i < n; i++)
        {
            builder.AddNode(new Node($"n{i}")
            {
                Requires = orOnlyAcyclic || any[i] ? Requirement.Any : Requirement.All,
                Country = country[i] < Countries.Length ? Countries[country[i]] : null,
            });
        }

        var seen = new HashSet<(int, int)>();
        foreach (var (s, c, item, share, hasShare) in links)
        {
            // In the OR-only acyclic family links only go from higher to lower index.
            var (from, to) = orOnlyAcyclic ? (Math.Max(s, c), Math.Min(s, c)) : (s, c);
            if (from == to || !seen.Add((from, to)))
            {
                continue;
            }

            builder.AddLink(new Link($"n{from}", $"n{to}")
            {
                Item = item == 3 ? null : $"i{item}",
                Share = hasShare ? Math.Round(share, 2) : null,
            });
        }

        return builder.Build();
    }

    /// <summary>Every subset of <paramref name="pool"/> by increasing size, then lexicographically.</summary>
    public static IEnumerable<int[]> SubsetsBySizeThenLex(int[] pool)
    {
        for (var k = 1; k <= pool.Length; k++)
        {
            foreach (var c in Combinations(pool, k, 0))
            {
                yield return c;
            }
        }
    }

    private static IEnumerable<int[]> Combinations(int[] pool, int k, int start)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = start; i <= pool.Length - k; i++)
        {
            foreach (var rest in Combinations(pool, k - 1, i + 1))
            {
                yield return [pool[i], .. rest];
            }
        }
    }
}
