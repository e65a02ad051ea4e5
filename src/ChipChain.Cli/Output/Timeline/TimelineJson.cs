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
    IReadOnlyList<NodeTimelineJson> Timeline,
    IReadOnlyList<OutputLostJson> OutputLost)
{
    public static TimedWhatIfJson From(WhatIfJson untimed, TimelineResult timeline, NodeLabels labels, IReadOnlySet<string> targets) => new(
        untimed.Failed,
        untimed.FailedStructure,
        untimed.StoppedTargets,
        untimed.Stopped,
        untimed.Levels,
        timeline.Horizon,
        [.. timeline.Nodes.Select(n => new NodeTimelineJson(n.Id, labels.NameOrNull(n.Id), n.FirstWeek, n.LastWeek, n.WeeksDown, LostWeeks.Round(timeline.OutputLost.GetValueOrDefault(n.Id))))],
        [.. timeline.OutputLost.Keys.Where(targets.Contains).Order(StringComparer.Ordinal)
            .Select(id => new OutputLostJson(id, labels.NameOrNull(id), timeline.Find(id)?.WeeksDown ?? 0, LostWeeks.Round(timeline.OutputLost[id])))]);
}

/// <summary>One node down at least one week: first and last week down (0-based, inclusive), the weeks down and the weeks-weighted output lost.</summary>
internal sealed record NodeTimelineJson(string Id, string? Name, int FirstWeek, int LastWeek, int WeeksDown, double OutputLostWeeks);

/// <summary>One target whose supply level falls in some week: its weeks down and its weeks-weighted output lost Σ (1 − level).</summary>
internal sealed record OutputLostJson(string Id, string? Name, int WeeksDown, double OutputLostWeeks);

/// <summary>The JSON of <c>chipchain resilience</c>.</summary>
internal sealed record ResilienceJson(string Target, string? Name, int Horizon, int Candidates, IReadOnlyList<ResilienceEntryJson> Ranking)
{
    public static ResilienceJson From(ResilienceResult result, NodeLabels labels, int top) => new(
        result.Target,
        labels.NameOrNull(result.Target),
        result.Horizon,
        result.Candidates,
        [.. (top > 0 ? result.Ranking.Take(top) : result.Ranking).Select(e => new ResilienceEntryJson(e.Id, labels.NameOrNull(e.Id), e.WeeksDown, e.FirstWeek, e.Duration, LostWeeks.Round(e.OutputLostWeeks ?? e.WeeksDown)))]);
}

/// <summary>One candidate: the target's weeks down, first week down and weeks-weighted output lost when the candidate fails alone for <c>duration</c> weeks.</summary>
internal sealed record ResilienceEntryJson(string Id, string? Name, int WeeksDown, int FirstWeek, int Duration, double OutputLostWeeks);

/// <summary>Source-generated serialisation of the timeline outputs.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(TimedWhatIfJson))]
[JsonSerializable(typeof(ResilienceJson))]
internal sealed partial class TimelineJsonContext : JsonSerializerContext;
