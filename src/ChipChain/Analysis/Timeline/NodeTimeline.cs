namespace ChipChain.Analysis.Timeline;

/// <summary>When one node is down over the horizon.</summary>
/// <param name="Id">The node id.</param>
/// <param name="FirstWeek">The first week it is down (0-based).</param>
/// <param name="LastWeek">The last week it is down (inclusive).</param>
/// <param name="WeeksDown">The number of weeks it is down (a node may resume and stop again, so at most LastWeek − FirstWeek + 1).</param>
/// <param name="Spans">The runs of consecutive down weeks, in order: the first and the last week of each (inclusive).</param>
public sealed record NodeTimeline(string Id, int FirstWeek, int LastWeek, int WeeksDown, IReadOnlyList<(int First, int Last)> Spans);
