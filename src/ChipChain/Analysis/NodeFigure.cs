namespace ChipChain.Analysis;

/// <summary>
/// A node id with one figure the analysis computed for it: the share of a target's supply lost when the node fails
/// alone (exposure, 0..1, rounded to 9 decimals so float noise neither shows nor breaks ties), or its betweenness
/// (bottlenecks). One record for every "node and its number" answer, so results read alike.
/// </summary>
/// <param name="Id">The node id.</param>
/// <param name="Value">The figure.</param>
public sealed record NodeFigure(string Id, double Value);
