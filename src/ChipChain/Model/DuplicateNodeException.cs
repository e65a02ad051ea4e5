namespace ChipChain.Model;

/// <summary>Two nodes share an id.</summary>
internal sealed class DuplicateNodeException : SupplyGraphException
{
    /// <summary>Creates the exception for the id <paramref name="nodeId"/>.</summary>
    /// <param name="nodeId">The duplicated id.</param>
    public DuplicateNodeException(string nodeId)
        : base($"Duplicate node id '{nodeId}'.", SupplyGraphProblem.DuplicateNode)
    {
        NodeId = nodeId;
    }

    /// <summary>The duplicated id.</summary>
    public string NodeId { get; }
}
