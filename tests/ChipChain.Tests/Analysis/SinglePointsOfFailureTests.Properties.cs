using ChipChain.Analysis;
using ChipChain.Analysis.BruteForce;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis;

public sealed partial class SinglePointsOfFailureTests
{
    [Fact]
    public void Compute_random_graphs_equals_one_cascade_per_node()
    {
        RandomGraphs.Graphs(9).Sample(graph =>
        {
            var sets = SinglePointsOfFailure.Compute(graph);
            var stoppedBy = CascadeReference.StoppedBy(graph);
            for (var v = 0; v < graph.NodeCount; v++)
            {
                var expected = Enumerable.Range(0, graph.NodeCount).Where(x => stoppedBy[x].Contains(v)).ToArray();
                sets.SetOf(v).ToArray().Should().Equal(expected, "S({0}) must be every X whose cascade reaches it", graph[v].Id);
            }
        }, iter: 3000, print: RandomGraphs.Describe);
    }

    [Fact]
    public void Compute_random_graphs_equals_independent_fixpoint_per_target()
    {
        RandomGraphs.Graphs(7).Sample(graph =>
        {
            var sets = SinglePointsOfFailure.Compute(graph);
            var targets = graph.DefaultTargets();
            var brute = CascadeReference.SinglePointsOfFailure(graph, targets);
            for (var k = 0; k < targets.Count; k++)
            {
                sets.For(targets[k]).Should().Equal(brute[k]);
                var naive = Enumerable.Range(0, graph.NodeCount).Where(x => x != targets[k] && graph[x].IsFailureCandidate && NaiveCascade.Run(graph, [x])[targets[k]]);
                sets.For(targets[k]).Should().Equal(naive);
                CascadeReference.SinglePointsOfFailure(graph, targets[k]).Should().Equal(brute[k]);
            }
        }, iter: 1500, print: RandomGraphs.Describe);
    }

    [Fact]
    public void Compute_for_targets_random_graphs_equals_whole_graph_sets_upstream()
    {
        var cases = RandomGraphs.Graphs(9).Where(g => g.NodeCount > 0).SelectMany(g => Gen.Int[0, g.NodeCount - 1].Array[1, 3].Select(t => (Graph: g, Targets: t)));
        cases.Sample(c =>
        {
            var whole = SinglePointsOfFailure.Compute(c.Graph);
            var partial = SinglePointsOfFailure.Compute(c.Graph, c.Targets);
            var upstream = c.Targets.SelectMany(t => Upstream.Of(c.Graph.Topology, t)).Distinct().ToList();
            foreach (var v in upstream)
            {
                partial.SetOf(v).ToArray().Should().Equal(whole.SetOf(v).ToArray(), "S({0}) depends only on what is upstream of it", c.Graph[v].Id);
            }

            partial.TotalSize.Should().BeLessThanOrEqualTo(upstream.Sum(v => (long)whole.SetOf(v).Length), "a set stores only what it adds to the set it links to");
        }, iter: 2000, print: c => RandomGraphs.Describe(c.Graph) + " targets " + string.Join(",", c.Targets));
    }

    [Fact]
    public void Compute_all_any_graphs_every_set_is_a_dominator_chain()
    {
        // With every node "requires any", S(n) are the dominators of n from a virtual root over the sources: the
        // sets are nested along a chain, so any two members of S(n) are ordered by inclusion of their own S sets.
        var allAny = RandomGraphs.Graphs(9).Select(g =>
        {
            var b = new SupplyGraphBuilder();
            foreach (var n in g.Nodes)
            {
                b.AddNode(new Node(n.Id) { Requires = Requirement.Any });
            }

            foreach (var l in g.Links)
            {
                b.AddLink(l);
            }

            return b.Build();
        });
        allAny.Sample(graph =>
        {
            var sets = SinglePointsOfFailure.Compute(graph);
            for (var v = 0; v < graph.NodeCount; v++)
            {
                var members = sets.SetOf(v).ToArray();
                foreach (var x in members)
                {
                    foreach (var y in members)
                    {
                        var xy = sets.SetOf(x).ToArray().Except(sets.SetOf(y).ToArray()).Any();
                        var yx = sets.SetOf(y).ToArray().Except(sets.SetOf(x).ToArray()).Any();
                        (xy && yx).Should().BeFalse("dominators of one node form a chain");
                    }
                }
            }
        }, iter: 1000, print: RandomGraphs.Describe);
    }
}
