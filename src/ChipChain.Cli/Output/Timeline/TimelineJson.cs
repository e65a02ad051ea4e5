using System.Text.Json.Serialization;
using ChipChain.Analysis.Timeline;
using ChipChain.Cli.Output.Json;

namespace ChipChain.Cli.Output.Timeline;

/// <summary>The JSON of <c>chipchain whatif … --weeks D</c>: the what-if answer plus the horizon and the timeline.</summary>
internal sealed record TimedWhatIfJson(
    IReadOnlyList<string> Failed,
    IReadOnlyList<string> FailedStructure,
    IReadOnlyList<string> StoppedTargets,
    IReadOnlyList<string> Stopped,
    IReadOnlyList<LevelChangeJson> Levels,
    int Horizon,
    IReadOnlyList<NodeTimelineJson> Timeline)
{
    public static TimedWhatIfJson From(WhatIfJson untimed, TimelineResult timeline, NodeLabels labels) => new(
        untimed.Failed,
        untimed.FailedStructure,
        untimed.StoppedTargets,
        untimed.Stopped,
        untimed.Levels,
        timeline.Horizon,
        [.. timeline.Nodes.Select(n => new NodeTimelineJson(n.Id, labels.NameOrNull(n.Id), n.FirstWeek, n.LastWeek, n.WeeksDown))]);
}

/// <summary>One node down at least one week: first and last week down (0-based, inclusive) and the weeks down.</summary>
internal sealed record NodeTimelineJson(string Id, string? Name, int FirstWeek, int LastWeek, int WeeksDown);

/// <summary>The JSON of <c>chipchain resilience</c>.</summary>
internal sealed record ResilienceJson(string Target, string? Name, int Horizon, int Candidates, IReadOnlyList<ResilienceEntryJson> Ranking)
{
    public static ResilienceJson From(ResilienceResult result, NodeLabels labels, int top) => new(
        result.Target,
        labels.NameOrNull(result.Target),
        result.Horizon,
        result.Candidates,
        [.. (top > 0 ? result.Ranking.Take(top) : result.Ranking).Select(e => new ResilienceEntryJson(e.Id, labels.NameOrNull(e.Id), e.WeeksDown, e.FirstWeek, e.Duration))]);
}

/// <summary>One candidate: the target's weeks down and first week down when the candidate fails alone for <c>duration</c> weeks.</summary>
internal sealed record ResilienceEntryJson(string Id, string? Name, int WeeksDown, int FirstWeek, int Duration);

/// <summary>Source-generated serialisation of the timeline outputs.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(TimedWhatIfJson))]
[JsonSerializable(typeof(ResilienceJson))]
internal sealed partial class TimelineJsonContext : JsonSerializerContext;
