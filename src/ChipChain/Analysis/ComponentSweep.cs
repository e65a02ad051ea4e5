namespace ChipChain.Analysis;

/// <summary>
/// The one driver behind every bottom-up analysis (supply levels, stop sets, cut sets): visit the strongly connected
/// components in topological order, so that every supplier outside a component is final before the component is
/// evaluated; a single node is evaluated once, a cycle is handed to the analysis to iterate to its fixpoint.
/// </summary>
internal static class ComponentSweep
{
    /// <summary>Evaluates one cycle (two or more nodes; self-links are not allowed).</summary>
    /// <param name="members">The cycle's nodes, ascending.</param>
    /// <param name="component">The cycle's component number.</param>
    /// <param name="componentOf">Every node's component (-1 outside the swept part), to tell members from suppliers outside.</param>
    public delegate void CycleStep(ReadOnlySpan<int> members, int component, int[] componentOf);

    /// <summary>Visits <paramref name="components"/> in order: <paramref name="single"/> for a lone node, <paramref name="cycle"/> for a cycle.</summary>
    public static void Run(UpstreamComponents components, Action<int> single, CycleStep cycle)
    {
        for (var c = 0; c < components.Count; c++)
        {
            var members = components.Members(c);
            if (members.Length == 1)
            {
                single(members[0]);
            }
            else
            {
                cycle(members, c, components.ComponentOf);
            }
        }
    }

    /// <summary>Visits every component of <paramref name="components"/> in order, lone nodes and cycles alike.</summary>
    public static void Run(UpstreamComponents components, CycleStep each)
    {
        for (var c = 0; c < components.Count; c++)
        {
            each(components.Members(c), c, components.ComponentOf);
        }
    }
}
