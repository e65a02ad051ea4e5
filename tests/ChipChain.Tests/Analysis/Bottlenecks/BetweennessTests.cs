using ChipChain.Analysis;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Bottlenecks;

public class BetweennessTests
{
    [Fact]
    public void Compute_directed_path_middle_node_has_one_half_normalised()
    {
        var b = Betweenness.Compute([0, 1, 2, 2], [1, 2]);
        b.Should().Equal(0, 0.5, 0);
    }

    [Fact]
    public void Compute_krackhardt_kite_matches_networkx_raw_values()
    {
        int[][] undirected =
        [
            [0, 1], [0, 2], [0, 3], [0, 5], [1, 3], [1, 4], [1, 6], [2, 3], [2, 5], [3, 4],
            [3, 5], [3, 6], [4, 6], [5, 6], [5, 7], [6, 7], [7, 8], [8, 9],
        ];
        var (offsets, targets) = Csr(10, undirected.SelectMany(e => new[] { (e[0], e[1]), (e[1], e[0]) }));

        // Both directions of every edge count each pair twice; NetworkX halves raw undirected values.
        var raw = Betweenness.Compute(offsets, targets, normalized: false).Select(v => v / 2).ToArray();
        double[] expected = [0.833, 0.833, 0, 3.667, 0, 8.333, 8.333, 14, 8, 0];
        raw.Should().Equal(expected, (a, e) => Math.Abs(a - e) < 1e-3);
    }

    [Fact]
    public void ConeOf_random_graphs_equals_whole_graph_betweenness_on_the_cone()
    {
        RandomGraphs.Graphs(8).Sample(g =>
        {
            var whole = Betweenness.Of(g);
            var cone = Upstream.Mask(g.Topology, 0);
            var estimate = new ConeBetweenness(g).Of(cone, long.MaxValue);
            estimate.Complete.Should().BeTrue();
            for (var v = 0; v < g.NodeCount; v++)
            {
                if (cone[v])
                {
                    estimate.Values[v].Should().Be(whole[v], $"node {v} is upstream of the target");
                }
            }
        }, iter: 600);
    }

    [Fact]
    public void ConeOf_chain_over_budget_estimates_from_a_sample_of_sources()
    {
        var b = new SupplyGraphBuilder();
        for (var i = 0; i < 200; i++)
        {
            b.AddNode(new Node($"c{i}"));
            if (i > 0)
            {
                b.AddLink(new Link($"c{i - 1}", $"c{i}") { Item = "x" });
            }
        }

        var g = b.Build();
        var cone = Upstream.Mask(g.Topology, g.IndexOf("c199"));
        var estimate = new ConeBetweenness(g).Of(cone, maxWork: 10_000);
        estimate.Complete.Should().BeFalse();
        estimate.Sources.Should().BeInRange(2, 199);
        estimate.ConeSize.Should().Be(200);

        // c99 lies between 99 and 100 nodes on either side: 99 × 100 ÷ (199 × 198) ≈ 0.25 exactly; the sample is close.
        estimate.Values[g.IndexOf("c99")].Should().BeApproximately(Betweenness.Of(g)[g.IndexOf("c99")], 0.08);
    }

    [Fact]
    public void Of_supply_graph_counts_parallel_links_once()
    {
        var g = new SupplyGraphBuilder()
            .AddNode(new Node("a")).AddNode(new Node("b")).AddNode(new Node("c"))
            .AddLink(new Link("a", "b") { Item = "x" }).AddLink(new Link("a", "b") { Item = "y" }).AddLink(new Link("b", "c"))
            .Build();
        Betweenness.Of(g).Should().Equal(0, 0.5, 0);
    }

    [Fact]
    public void Compute_random_digraphs_match_brute_force_path_counting()
    {
        var gen = from n in Gen.Int[3, 8]
                  from edges in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1]).Array[0, 3 * n]
                  select (n, edges.Where(e => e.Item1 != e.Item2).Distinct().ToArray());
        gen.Sample(x =>
        {
            var (n, edges) = x;
            var (offsets, targets) = Csr(n, edges);
            var fast = Betweenness.Compute(offsets, targets);
            fast.Should().Equal(Brute(n, edges), (a, e) => Math.Abs(a - e) < 1e-9);
        }, iter: 500);
    }

    private static (int[] Offsets, int[] Targets) Csr(int n, IEnumerable<(int From, int To)> edges)
    {
        var list = edges.OrderBy(e => e.From).ThenBy(e => e.To).ToList();
        var offsets = new int[n + 1];
        foreach (var (from, _) in list)
        {
            offsets[from + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        return (offsets, list.Select(e => e.To).ToArray());
    }

    /// <summary>Σ over pairs s≠t of σ(s,t|v)/σ(s,t), with σ from BFS distances and path counts.</summary>
    private static double[] Brute(int n, (int, int)[] edges)
    {
        var dist = new int[n, n];
        var sigma = new double[n, n];
        for (var s = 0; s < n; s++)
        {
            for (var t = 0; t < n; t++)
            {
                dist[s, t] = -1;
            }

            dist[s, s] = 0;
            sigma[s, s] = 1;
            for (var d = 0; d < n; d++)
            {
                foreach (var (u, v) in edges)
                {
                    if (dist[s, u] == d && (dist[s, v] < 0 || dist[s, v] == d + 1))
                    {
                        dist[s, v] = d + 1;
                        sigma[s, v] += sigma[s, u];
                    }
                }
            }
        }

        var result = new double[n];
        for (var v = 0; v < n; v++)
        {
            for (var s = 0; s < n; s++)
            {
                for (var t = 0; t < n; t++)
                {
                    if (s != t && s != v && t != v && dist[s, t] > 0 && dist[s, v] > 0 && dist[v, t] > 0 && dist[s, v] + dist[v, t] == dist[s, t])
                    {
                        result[v] += sigma[s, v] * sigma[v, t] / sigma[s, t];
                    }
                }
            }

            result[v] /= (n - 1.0) * (n - 2.0);
        }

        return result;
    }
}
