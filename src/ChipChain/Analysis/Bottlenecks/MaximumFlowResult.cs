namespace ChipChain.Analysis.Bottlenecks;

/// <summary>The maximum flow of a network and a minimum cut that certifies it.</summary>
internal sealed class MaximumFlowResult
{
    internal MaximumFlowResult(double value, IReadOnlyList<int> cutEdges, IReadOnlyList<bool> sourceSide)
    {
        Value = value;
        CutEdges = cutEdges;
        SourceSide = sourceSide;
    }

    /// <summary>The maximum flow value; <see cref="double.PositiveInfinity"/> when an unlimited path joins source and sink.</summary>
    public double Value { get; }

    /// <summary>Whether the flow is unbounded.</summary>
    public bool IsUnbounded => double.IsPositiveInfinity(Value);

    /// <summary>Indices of the input edges that cross the minimum cut (source side to sink side), ascending; their capacities sum to <see cref="Value"/>.</summary>
    public IReadOnlyList<int> CutEdges { get; }

    /// <summary>For each vertex, whether it lies on the source side of the minimum cut (reachable in the residual network).</summary>
    public IReadOnlyList<bool> SourceSide { get; }
}
