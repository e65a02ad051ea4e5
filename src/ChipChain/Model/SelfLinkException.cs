namespace ChipChain.Model;

/// <summary>A link names the same node as supplier and consumer.</summary>
internal sealed class SelfLinkException : SupplyGraphException
{
    /// <summary>Creates the exception for the node <paramref name="nodeId"/>.</summary>
    /// <param name="nodeId">The node that links to itself.</param>
    public SelfLinkException(string nodeId)
        : base($"Node '{nodeId}' cannot supply itself.", SupplyGraphProblem.SelfLink)
    {
        NodeId = nodeId;
    }

    /// <summary>The node that links to itself.</summary>
    public string NodeId { get; }
}
