namespace ChipChain.Analysis.Diff;

/// <summary>A node present in both graphs whose name, kind or country differs: the value before and after (null when unstated).</summary>
/// <param name="Id">The node id.</param>
/// <param name="Before">The value in the old graph.</param>
/// <param name="After">The value in the new graph.</param>
public sealed record NodeChange(string Id, string? Before, string? After);
