namespace ChipChain.Analysis.Bottlenecks;

/// <summary>A node id with a score, such as its betweenness.</summary>
/// <param name="Id">The node id.</param>
/// <param name="Value">The score.</param>
public sealed record NodeScore(string Id, double Value);
