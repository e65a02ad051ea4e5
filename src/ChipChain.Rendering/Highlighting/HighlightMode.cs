namespace ChipChain.Rendering.Highlighting;

/// <summary>What to highlight for a target.</summary>
public enum HighlightMode
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>The target's single points of failure (red).</summary>
    Spof,

    /// <summary>The target's single points of failure (red) and the members of its order-2 minimal cut sets (orange).</summary>
    CutSets,
}
