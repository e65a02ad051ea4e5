namespace ChipChain.Rendering;

/// <summary>Which nodes and links a diagram shows of a real graph.</summary>
public enum DiagramViewKind
{
    /// <summary>Every node and link (the focus filters still apply).</summary>
    Full,

    /// <summary>
    /// A target, its single points of failure, the members of its order-2 minimal cut sets and the top suppliers of
    /// its top chokepoints, joined to the target by the shortest supply paths; structure on those paths drawn small.
    /// </summary>
    Critical,

    /// <summary>Structure nodes (markets, process steps) collapsed: firms connect to firms, each link named by its item.</summary>
    Firms,
}
