using ChipChain.Analysis;
using ChipChain.Analysis.Diff;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Diff;

public sealed partial class GraphDiffTests
{
    [Fact]
    public void Compare_random_graph_with_itself_is_empty()
    {
        RandomGraphs.Graphs(9).Sample(graph =>
        {
            var diff = GraphDiff.Compare(graph, graph, new GraphDiffOptions { ShareTolerance = 0 });

            diff.IsEmpty.Should().BeTrue();
            diff.Targets.Select(t => t.Target).Should().Equal(graph.DefaultTargets().Select(t => graph[t].Id).Order(StringComparer.Ordinal));
            foreach (var t in diff.Targets)
            {
                t.SpofKept.Should().Equal(NaiveSpofs(graph, t.Target));
            }
        }, iter: 1000, print: RandomGraphs.Describe);
    }

    [Fact]
    public void Compare_random_edits_spofs_are_the_set_differences_of_one_cascade_per_node_on_each_graph()
    {
        GraphEdits.Pairs().Sample(pair =>
        {
            var (before, after) = pair;
            var diff = GraphDiff.Compare(before, after);

            var targets = before.DefaultTargets().Select(t => before[t].Id).Union(after.DefaultTargets().Select(t => after[t].Id)).Order(StringComparer.Ordinal);
            diff.Targets.Select(t => t.Target).Should().Equal(targets);
            foreach (var t in diff.Targets)
            {
                var old = NaiveSpofs(before, t.Target);
                var now = NaiveSpofs(after, t.Target);
                t.SpofAdded.Should().Equal(now.Except(old), "target {0}", t.Target);
                t.SpofRemoved.Should().Equal(old.Except(now), "target {0}", t.Target);
                t.SpofKept.Should().Equal(old.Intersect(now), "target {0}", t.Target);
            }
        }, iter: 1500, print: GraphEdits.Describe);
    }

    [Fact]
    public void Compare_random_edits_cut_sets_exposure_and_structure_are_the_set_differences_of_separate_runs()
    {
        GraphEdits.Pairs().Sample(pair =>
        {
            var (before, after) = pair;
            var diff = GraphDiff.Compare(before, after);

            diff.NodesAdded.Should().Equal(after.Nodes.Select(n => n.Id).Where(id => !before.Contains(id)).Order(StringComparer.Ordinal));
            diff.NodesRemoved.Should().Equal(before.Nodes.Select(n => n.Id).Where(id => !after.Contains(id)).Order(StringComparer.Ordinal));
            var oldLinks = before.Links.Select(l => (l.Supplier, l.Consumer, l.Item)).ToHashSet();
            var newLinks = after.Links.Select(l => (l.Supplier, l.Consumer, l.Item)).ToHashSet();
            diff.LinksAdded.Select(l => (l.Supplier, l.Consumer, l.Item)).Should().BeEquivalentTo(newLinks.Except(oldLinks));
            diff.LinksRemoved.Select(l => (l.Supplier, l.Consumer, l.Item)).Should().BeEquivalentTo(oldLinks.Except(newLinks));
            foreach (var t in diff.Targets)
            {
                var old = Pairs(before, t.Target);
                var now = Pairs(after, t.Target);
                t.CutSetsAdded.Select(Key).Should().BeEquivalentTo(now.Except(old));
                t.CutSetsRemoved.Select(Key).Should().BeEquivalentTo(old.Except(now));

                var oldExposure = Exposures(before, t.Target);
                var newExposure = Exposures(after, t.Target);
                var moved = oldExposure.Keys.Union(newExposure.Keys)
                    .Where(id => Math.Abs(newExposure.GetValueOrDefault(id) - oldExposure.GetValueOrDefault(id)) >= 1e-9)
                    .ToHashSet();
                t.Exposure.Select(e => e.Id).Should().BeEquivalentTo(moved);
                foreach (var e in t.Exposure)
                {
                    e.Before.Should().Be(before.Contains(e.Id) ? oldExposure.GetValueOrDefault(e.Id) : null);
                    e.After.Should().Be(after.Contains(e.Id) ? newExposure.GetValueOrDefault(e.Id) : null);
                }

                t.Exposure.Select(e => Math.Abs((e.After ?? 0) - (e.Before ?? 0))).Should().BeInDescendingOrder();
                var named = new[] { t.Target }.Concat(t.SpofAdded).Concat(t.SpofRemoved).Concat(t.CutSetsAdded.SelectMany(s => s))
                    .Concat(t.CutSetsRemoved.SelectMany(s => s)).Concat(t.Exposure.Select(e => e.Id)).Concat(t.Concentration.Select(c => c.Consumer ?? c.Item));
                t.OnlyBefore.Should().BeEquivalentTo(named.Where(id => before.Contains(id) && !after.Contains(id)).Distinct());
                t.OnlyAfter.Should().BeEquivalentTo(named.Where(id => after.Contains(id) && !before.Contains(id)).Distinct());
            }
        }, iter: 1000, print: GraphEdits.Describe);
    }

    /// <summary>The single points of failure of a target by brute force: every candidate whose cascade alone reaches it.</summary>
    private static List<string> NaiveSpofs(SupplyGraph graph, string target)
    {
        if (!graph.TryGetIndex(target, out var t))
        {
            return [];
        }

        return Enumerable.Range(0, graph.NodeCount)
            .Where(x => x != t && graph[x].IsFailureCandidate && NaiveCascade.Run(graph, [x])[t])
            .Select(x => graph[x].Id)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static HashSet<string> Pairs(SupplyGraph graph, string target) =>
        graph.Contains(target) ? MinimalCutSets.Compute(graph, target, 2).CutSets.Where(s => s.Count == 2).Select(Key).ToHashSet() : [];

    private static Dictionary<string, double> Exposures(SupplyGraph graph, string target) =>
        graph.Contains(target) ? Exposure.Compute(graph, target).Exposure.ToDictionary(e => e.Id, e => e.Value) : [];

    private static string Key(IReadOnlyList<string> set) => string.Join("+", set);
}
