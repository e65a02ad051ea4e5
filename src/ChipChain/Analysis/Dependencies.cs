using ChipChain.Model;

namespace ChipChain.Analysis;

/// <summary>
/// Tiered dependency trees: what a node depends on (upstream) or who depends on it (downstream), tier by tier, each
/// node with the item through which it connects and one shortest path. Breadth-first from the root, so tiers are
/// shortest distances; the path recorded is the one found first, visiting items and links in graph order, which
/// makes it deterministic. Every node appears once, so cycles are harmless.
/// </summary>
internal static class Dependencies
{
    /// <summary>What <paramref name="id"/> depends on.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="id">The root node's id.</param>
    /// <param name="maxDepth">The deepest tier to list, or <see langword="null"/> for all.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">No node has the id <paramref name="id"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> is negative.</exception>
    public static DependencyTree Upstream(SupplyGraph graph, string id, int? maxDepth = null) =>
        Compute(graph, id, DependencyDirection.Upstream, maxDepth);

    /// <summary>Who depends on <paramref name="id"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="id">The root node's id.</param>
    /// <param name="maxDepth">The deepest tier to list, or <see langword="null"/> for all.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">No node has the id <paramref name="id"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> is negative.</exception>
    public static DependencyTree Downstream(SupplyGraph graph, string id, int? maxDepth = null) =>
        Compute(graph, id, DependencyDirection.Downstream, maxDepth);

    /// <summary>Which nodes lie within <paramref name="maxDepth"/> supply steps of <paramref name="root"/> (the root included).</summary>
    /// <param name="topology">The graph topology.</param>
    /// <param name="root">The root node index.</param>
    /// <param name="direction">Upstream (its suppliers) or downstream (its consumers).</param>
    /// <param name="maxDepth">The most steps to follow, or <see langword="null"/> for all.</param>
    /// <returns>One flag per node index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topology"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> is negative.</exception>
    internal static bool[] Reach(GraphTopology topology, int root, DependencyDirection direction, int? maxDepth = null)
    {
        ArgumentNullException.ThrowIfNull(topology);
        if (maxDepth is { } d)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(d, nameof(maxDepth));
        }

        return SupplyWalk.Run(topology, root, direction == DependencyDirection.Upstream, maxDepth).Seen;
    }

    /// <summary>The dependency tree of <paramref name="id"/> in one direction.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="id">The root node's id.</param>
    /// <param name="direction">Upstream or downstream.</param>
    /// <param name="maxDepth">The deepest tier to list, or <see langword="null"/> for all.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">No node has the id <paramref name="id"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> is negative.</exception>
    public static DependencyTree Compute(SupplyGraph graph, string id, DependencyDirection direction, int? maxDepth = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(id);
        if (maxDepth is { } d)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(d, nameof(maxDepth));
        }

        var root = graph.IndexOf(id);
        var t = graph.Topology;
        var upstream = direction == DependencyDirection.Upstream;
        var walk = SupplyWalk.Run(t, root, upstream, maxDepth, track: true);
        var depth = walk.Depth!;
        var parentEntry = walk.ParentEntry!;
        var entries = new List<DependencyEntry>(walk.Order.Count - 1);

        // Breadth-first order visits every node after the neighbour it was reached from, so each path extends one
        // already built and shares it: n paths cost n cells, not the square of the depth.
        var paths = new SharedPath?[t.NodeCount];
        paths[root] = SharedPath.Of(graph[root].Id);
        foreach (var v in walk.Order.Skip(1))
        {
            var e = parentEntry[v];
            var via = upstream ? t.ItemOwner[t.EntryItem[e]] : t.EntrySupplier[e];
            var path = upstream ? SharedPath.Prepend(graph[v].Id, paths[via]!) : SharedPath.Append(paths[via]!, graph[v].Id);
            paths[v] = path;
            entries.Add(new DependencyEntry(graph[v].Id, depth[v], graph[via].Id, graph.Links[t.EntryLink[e]].Item, path));
        }

        entries.Sort((a, b) => a.Tier != b.Tier ? a.Tier.CompareTo(b.Tier) : string.CompareOrdinal(a.Id, b.Id));
        return new DependencyTree(graph[root].Id, direction, maxDepth, entries);
    }
}
