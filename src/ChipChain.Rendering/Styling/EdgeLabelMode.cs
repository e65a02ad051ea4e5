namespace ChipChain.Rendering.Styling;

/// <summary>What the label on each drawn link says.</summary>
public enum EdgeLabelMode
{
    /// <summary>No labels (the items are in each link's tooltip).</summary>
    None,

    /// <summary>The items the link carries.</summary>
    Item,

    /// <summary>The items and, where a link states one, the supplier's share (as in the CLI: "EUV lithography tools 100%").</summary>
    Share,
}
