namespace ChipChain.Analysis.Bottlenecks;

/// <summary>How concentrated an item's supply is (docs/design.md §2).</summary>
internal enum ConcentrationLevel
{
    /// <summary>HHI below 1 000 and more than five countries needed to reach 75 % of supply.</summary>
    Low = 0,

    /// <summary>HHI 1 000..1 800, or three to five countries reach 75 % of supply.</summary>
    Medium = 1,

    /// <summary>HHI above 1 800, or at most two countries reach 75 % of supply.</summary>
    High = 2,
}
