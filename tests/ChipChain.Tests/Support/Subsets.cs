namespace ChipChain.Tests.Support;

/// <summary>Enumerates candidate failure sets for the brute-force references, smallest first.</summary>
internal static class Subsets
{
    /// <summary>The failure candidates of <paramref name="graph"/>, read off the nodes (not the topology), ascending.</summary>
    public static int[] Candidates(ChipChain.Model.SupplyGraph graph) =>
        [.. Enumerable.Range(0, graph.NodeCount).Where(v => graph[v].IsFailureCandidate)];

    /// <summary>Every non-empty subset of <paramref name="pool"/> of at most <paramref name="maxSize"/> elements, by increasing size, then lexicographically.</summary>
    public static IEnumerable<int[]> BySizeThenLex(int[] pool, int maxSize = int.MaxValue)
    {
        for (var k = 1; k <= Math.Min(maxSize, pool.Length); k++)
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
