namespace ChipChain.Rendering.Styling;

/// <summary>What node colours encode.</summary>
public enum ColorScheme
{
    /// <summary>The node's kind, from a fixed palette.</summary>
    Kind,

    /// <summary>The node's country; colours are given to the drawn countries in ordinal order.</summary>
    Country,
}
