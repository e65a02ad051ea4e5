namespace ChipChain.Analysis;

/// <summary>What fails together in a criticality ranking.</summary>
internal enum CriticalityGrouping
{
    /// <summary>Each node fails alone.</summary>
    Node = 0,

    /// <summary>All nodes of a country fail together (nodes without a country belong to none).</summary>
    Country = 1,
}
