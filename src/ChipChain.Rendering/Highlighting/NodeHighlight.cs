namespace ChipChain.Rendering.Highlighting;

/// <summary>How a node is highlighted.</summary>
public enum NodeHighlight
{
    /// <summary>Not highlighted.</summary>
    None,

    /// <summary>The analysis target.</summary>
    Target,

    /// <summary>A single point of failure of the target: its failure alone stops the target.</summary>
    SinglePointOfFailure,

    /// <summary>A member of an order-2 minimal cut set of the target.</summary>
    CutSetMember,
}
