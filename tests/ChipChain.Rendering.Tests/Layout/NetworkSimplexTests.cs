using ChipChain.Rendering.Layout;
using CsCheck;

namespace ChipChain.Rendering.Tests.Layout;

public sealed class NetworkSimplexTests
{
    [Fact]
    public void Optimise_source_feeding_a_long_chain_end_moves_next_to_its_consumer()
    {
        // a -> b -> c -> d, and s -> d: longest path puts s at 0 (length 3); the optimum puts it at 2 (length 1).
        int[] tail = [0, 1, 2, 4];
        int[] head = [1, 2, 3, 3];
        int[] rank = [0, 1, 2, 3, 0];

        NetworkSimplex.Optimise(tail, head, rank, maxExchanges: 100);

        Length(tail, head, rank).Should().Be(4);
        rank[4].Should().Be(rank[3] - 1);
    }

    [Fact]
    public void Optimise_random_dags_stays_feasible_and_matches_brute_force_length()
    {
        Gen.Int[2, 5].SelectMany(n => Gen.Int[0, n - 1].Select(Gen.Int[0, n - 1]).Array[1, 9].Select(pairs => (n, pairs))).Sample(sample =>
        {
            var (n, pairs) = sample;
            var edges = pairs.Where(p => p.Item1 != p.Item2).Select(p => p.Item1 < p.Item2 ? p : (p.Item2, p.Item1)).ToArray();
            var tail = edges.Select(e => e.Item1).ToArray();
            var head = edges.Select(e => e.Item2).ToArray();
            var rank = Enumerable.Range(0, n).ToArray();

            NetworkSimplex.Optimise(tail, head, rank, maxExchanges: 1000);

            var feasible = edges.Select((_, e) => rank[head[e]] - rank[tail[e]] >= 1).All(ok => ok);
            return feasible && Length(tail, head, rank) == BruteForceLength(n, tail, head);
        }, iter: 300);
    }

    private static int Length(int[] tail, int[] head, int[] rank) => tail.Select((t, e) => rank[head[e]] - rank[t]).Sum();

    /// <summary>The least total length over every assignment of ranks 0..n-1 that keeps each edge at least 1 long.</summary>
    private static int BruteForceLength(int n, int[] tail, int[] head)
    {
        var best = int.MaxValue;
        var rank = new int[n];
        Search(0);
        return best;

        void Search(int v)
        {
            if (v == n)
            {
                if (tail.Select((t, e) => rank[head[e]] - rank[t] >= 1).All(ok => ok))
                {
                    best = Math.Min(best, Length(tail, head, rank));
                }

                return;
            }

            for (var r = 0; r < n; r++)
            {
                rank[v] = r;
                Search(v + 1);
            }
        }
    }
}
