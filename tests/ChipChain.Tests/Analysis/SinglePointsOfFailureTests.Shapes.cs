using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis;

/// <summary>Degenerate shapes: the stop sets must stay near-linear in the graph, not quadratic in its depth.</summary>
public sealed partial class SinglePointsOfFailureTests
{
    private static SupplyGraph Chain(int length, bool ladder = false)
    {
        var sketch = new GraphSketch();
        for (var i = 1; i < length; i++)
        {
            if (ladder)
            {
                // Each step: two alternative parallel nodes fed by the previous step, joined again (a diamond).
                sketch.Link($"c{i - 1}", $"a{i}", "x").Link($"c{i - 1}", $"b{i}", "x").Link($"a{i}", $"c{i}", "y").Link($"b{i}", $"c{i}", "y");
            }
            else
            {
                sketch.Link($"c{i - 1}", $"c{i}", "x");
            }
        }

        return sketch.Build();
    }

    [Fact]
    public void Compute_chain_of_20000_stores_one_element_per_node_and_lists_every_link_of_the_chain()
    {
        var graph = Chain(20_000);

        var sets = SinglePointsOfFailure.Compute(graph);

        sets.TotalSize.Should().Be(20_000, "each node adds itself to its supplier's set by a link, not a copy");
        sets.For(graph.IndexOf("c19999")).Should().HaveCount(19_999);
        sets.Stops(graph.IndexOf("c0"), graph.IndexOf("c19999")).Should().BeTrue();
        sets.Stops(graph.IndexOf("c19999"), graph.IndexOf("c0")).Should().BeFalse();
    }

    [Fact]
    public void Compute_diamond_ladder_skips_the_alternatives_and_keeps_the_joins()
    {
        var graph = Chain(3_000, ladder: true);

        var sets = SinglePointsOfFailure.Compute(graph);
        var spofs = sets.For(graph.IndexOf("c2999")).Select(i => graph[i].Id).ToList();

        spofs.Should().HaveCount(2_999).And.OnlyContain(id => id.StartsWith('c'));
        sets.TotalSize.Should().BeLessThan(3 * 3_000, "an intersection of two linked sets is their common ancestor, not a copy");
        Criticality.Rank(graph).Ranking.Single(e => e.Id == "c0").StoppedNodes.Should().Be(graph.NodeCount - 1);
    }
    // Deep random graphs: links mostly from the previous few nodes, so the stop-set forest grows deep.
    private static Gen<SupplyGraph> DeepGraphs =>
        Gen.Int[30, 160].SelectMany(n => Gen.Select(
            Gen.Int[1, 4].Array[n],
            Gen.Int[0, 3].Array[n],
            Gen.Int[0, 9].Array[n],
            (reach, items, kinds) => (n, reach, items, kinds)))
        .Select(d =>
        {
            var builder = new SupplyGraphBuilder();
            for (var i = 0; i < d.n; i++)
            {
                builder.AddNode(new Node($"n{i}") { Kind = d.kinds[i] == 0 ? NodeKinds.Input : null, Requires = d.kinds[i] == 1 ? Requirement.Any : Requirement.All });
            }

            for (var i = 1; i < d.n; i++)
            {
                // A spine: every node needs its predecessor, so the forest of stop sets grows as deep as the graph.
                builder.AddLink(new Link($"n{i - 1}", $"n{i}") { Item = "spine" });

                // One to four suppliers among the previous few nodes, spread over up to three items; now and then a
                // link back up the chain closes a cycle.
                for (var k = 0; k < d.reach[i]; k++)
                {
                    var from = Math.Max(0, i - 1 - ((k * 7 + i) % 5));
                    builder.AddLink(new Link($"n{from}", $"n{i}") { Item = $"i{(k + d.items[i]) % 3}" });
                }

                if (d.kinds[i] == 9 && i > 10)
                {
                    builder.AddLink(new Link($"n{i}", $"n{i - 7}") { Item = "back" });
                }
            }

            return builder.Build();
        });

    [Fact]
    public void Compute_deep_random_graphs_equals_one_cascade_per_node()
    {
        var deepest = 0;
        DeepGraphs.Sample(graph =>
        {
            var sets = SinglePointsOfFailure.Compute(graph);
            deepest = Math.Max(deepest, Enumerable.Range(0, graph.NodeCount).Max(v => sets.Forest.Depth(v)));
            var stoppedBy = ChipChain.Analysis.BruteForce.CascadeReference.StoppedBy(graph);
            for (var v = 0; v < graph.NodeCount; v++)
            {
                var expected = Enumerable.Range(0, graph.NodeCount).Where(x => stoppedBy[x].Contains(v)).ToArray();
                sets.SetOf(v).ToArray().Should().Equal(expected, "S({0})", graph[v].Id);
                foreach (var x in new[] { 0, v / 2, v })
                {
                    sets.Stops(x, v).Should().Be(expected.Contains(x), "{0} in S({1})", graph[x].Id, graph[v].Id);
                }
            }

            var ranking = Criticality.Rank(graph).Ranking;
            foreach (var entry in ranking)
            {
                entry.StoppedNodes.Should().Be(stoppedBy[graph.IndexOf(entry.Id)].Length - 1);
            }
        }, iter: 300, print: RandomGraphs.Describe, threads: 1);

        deepest.Should().BeGreaterThan(24, "the forest must grow deep enough for the jump pointers to matter");
    }
    // Order-2 cut sets on the same deep graphs, against every pair of candidates.
    [Fact]
    public void MinimalCutSets_deep_random_graphs_order_two_equals_every_pair()
    {
        DeepGraphs.Sample(graph =>
        {
            var target = graph.NodeCount - 1;
            var candidates = Subsets.Candidates(graph).Where(v => v != target).ToArray();
            var single = candidates.Where(x => FailureCascade.Run(graph.Topology, [x])[target]).ToHashSet();
            var expected = single.Select(x => graph[x].Id).ToList();
            foreach (var pair in Subsets.BySizeThenLex(candidates.Where(x => !single.Contains(x)).ToArray(), 2).Where(p => p.Length == 2))
            {
                if (FailureCascade.Run(graph.Topology, pair)[target])
                {
                    expected.Add(string.Join("+", pair.Select(x => graph[x].Id).Order(StringComparer.Ordinal)));
                }
            }

            var actual = MinimalCutSets.Compute(graph, target, 2).CutSets.Select(c => string.Join("+", c));
            actual.Should().BeEquivalentTo(expected);
        }, iter: 60, print: RandomGraphs.Describe);
    }
}
