namespace ChipChain.Benchmarks;

/// <summary>The generated graph sizes the benchmarks share (nodes; links are about four times as many).</summary>
public enum GraphSize
{
    /// <summary>10 000 nodes.</summary>
    Nodes10K = 10_000,

    /// <summary>100 000 nodes.</summary>
    Nodes100K = 100_000,

    /// <summary>1 000 000 nodes.</summary>
    Nodes1M = 1_000_000,
}
