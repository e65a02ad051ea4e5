namespace ChipChain.Analysis;

/// <summary>Which way a dependency tree grows from its root.</summary>
internal enum DependencyDirection
{
    /// <summary>What the root depends on: its suppliers, their suppliers, …</summary>
    Upstream = 0,

    /// <summary>Who depends on the root: its consumers, their consumers, …</summary>
    Downstream = 1,
}
