namespace ChipChain.Analysis.Bottlenecks;

/// <summary>The minimum-cardinality cut set of a target: the fewest nodes whose joint failure stops it.</summary>
internal sealed class MinimumCutResult
{
    internal MinimumCutResult(string target, IReadOnlyList<string> nodes, bool complete, string method)
    {
        Target = target;
        Nodes = nodes;
        Complete = complete;
        Method = method;
    }

    /// <summary>The target's id.</summary>
    public string Target { get; }

    /// <summary>
    /// The cut's node ids, sorted; among cuts of minimum size the lexicographically smallest list. Empty when no set
    /// of other failure candidates can stop the target (it has no suppliers, or a route through structure alone). When <see cref="Complete"/> is false, the best cut
    /// found before the search limit, which may not be minimum.
    /// </summary>
    public IReadOnlyList<string> Nodes { get; }

    /// <summary>The number of nodes in the cut.</summary>
    public int Size => Nodes.Count;

    /// <summary>Whether the result is proven minimum (false when the search stopped at its limit).</summary>
    public bool Complete { get; }

    /// <summary>How the cut was found: <c>max-flow</c> (OR-only acyclic supply), <c>search</c> or <c>none</c>.</summary>
    public string Method { get; }
}
