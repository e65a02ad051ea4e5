namespace ChipChain.Analysis.Bottlenecks;

/// <summary>A directed edge of a flow network on dense vertex indices.</summary>
/// <param name="From">The tail vertex.</param>
/// <param name="To">The head vertex.</param>
/// <param name="Capacity">The capacity, zero or more; <see cref="double.PositiveInfinity"/> for unlimited.</param>
internal sealed record FlowEdge(int From, int To, double Capacity);
