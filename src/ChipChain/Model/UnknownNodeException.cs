namespace ChipChain.Model;

/// <summary>An id names no node of the graph.</summary>
internal sealed class UnknownNodeException : SupplyGraphException
{
    /// <summary>Creates the exception for the id <paramref name="nodeId"/>.</summary>
    /// <param name="nodeId">The unknown id.</param>
    public UnknownNodeException(string nodeId)
        : base($"Unknown node id '{nodeId}'.", SupplyGraphProblem.UnknownNode)
    {
        NodeId = nodeId;
    }

    /// <summary>The unknown id.</summary>
    public string NodeId { get; }
}
