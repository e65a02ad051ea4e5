using ChipChain.Analysis;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis;

public sealed partial class DependenciesTests
{
    [Fact]
    public void Compute_random_graphs_tiers_are_shortest_distances_and_paths_follow_real_links()
    {
        RandomGraphs.Graphs(9).Sample(graph =>
        {
            foreach (var direction in new[] { DependencyDirection.Upstream, DependencyDirection.Downstream })
            {
                var root = graph[graph.NodeCount - 1].Id;
                var distance = Distances(graph, root, direction);

                var tree = Dependencies.Compute(graph, root, direction);

                tree.Entries.Select(e => (e.Id, e.Tier)).Should().BeEquivalentTo(distance.Where(d => d.Key != root).Select(d => (d.Key, d.Value)));
                var broken = tree.Entries.Where(entry => !PathIsReal(graph, entry, root, direction)).Select(e => e.Id);
                broken.Should().BeEmpty();
            }
        }, iter: 500, print: RandomGraphs.Describe);
    }

    [Fact]
    public void Compute_random_graphs_upstream_set_equals_Upstream_helper_and_mirrors_downstream()
    {
        RandomGraphs.Graphs(9).Sample(graph =>
        {
            var ids = graph.Nodes.Select(n => n.Id).ToArray();
            var up = ids.ToDictionary(id => id, id => Dependencies.Upstream(graph, id).Entries.Select(e => e.Id).ToHashSet());
            var down = ids.ToDictionary(id => id, id => Dependencies.Downstream(graph, id).Entries.Select(e => e.Id).ToHashSet());
            foreach (var x in ids)
            {
                up[x].Append(x).Should().BeEquivalentTo(Upstream.Of(graph.Topology, graph.IndexOf(x)).Select(i => graph[i].Id));
                foreach (var y in ids.Where(y => y != x))
                {
                    down[x].Contains(y).Should().Be(up[y].Contains(x), $"{y} downstream of {x} iff {x} upstream of {y}");
                }
            }
        }, iter: 300, print: RandomGraphs.Describe);
    }

    [Fact]
    public void Compute_random_graphs_depth_limit_is_a_prefix_of_the_full_tree()
    {
        Gen.Int[0, 4].SelectMany(d => RandomGraphs.Graphs(9).Select(g => (Depth: d, Graph: g))).Sample(c =>
        {
            var root = c.Graph[0].Id;
            var full = Dependencies.Downstream(c.Graph, root);

            Dependencies.Downstream(c.Graph, root, c.Depth).Entries.Should().BeEquivalentTo(full.Entries.Where(e => e.Tier <= c.Depth), o => o.WithStrictOrdering());
        }, iter: 300);
    }

    /// <summary>Whether the entry's path has tier + 1 nodes, runs from the entry to the root (or back), and every step and the item are real links.</summary>
    private static bool PathIsReal(SupplyGraph graph, DependencyEntry entry, string root, DependencyDirection direction)
    {
        var upstream = direction == DependencyDirection.Upstream;
        var (supplier, consumer) = upstream ? (entry.Id, entry.Via) : (entry.Via, entry.Id);
        return entry.Path.Count == entry.Tier + 1
            && entry.Path[upstream ? ^1 : 0] == root
            && entry.Path[upstream ? 0 : ^1] == entry.Id
            && entry.Path.Zip(entry.Path.Skip(1)).All(step => graph.Links.Any(l => l.Supplier == step.First && l.Consumer == step.Second))
            && graph.Links.Any(l => l.Supplier == supplier && l.Consumer == consumer && l.Item == entry.Item);
    }

    /// <summary>Shortest link counts from the root, relaxed over the link list until nothing changes (independent of the walk).</summary>
    private static Dictionary<string, int> Distances(SupplyGraph graph, string root, DependencyDirection direction)
    {
        var distance = new Dictionary<string, int> { [root] = 0 };
        bool changed;
        do
        {
            changed = false;
            foreach (var link in graph.Links)
            {
                var (from, to) = direction == DependencyDirection.Upstream ? (link.Consumer, link.Supplier) : (link.Supplier, link.Consumer);
                if (distance.TryGetValue(from, out var d) && (!distance.TryGetValue(to, out var old) || d + 1 < old))
                {
                    distance[to] = d + 1;
                    changed = true;
                }
            }
        }
        while (changed);
        return distance;
    }
}
