using ChipChain.Analysis.Scenarios;

namespace ChipChain.Cli.Output.Json;

/// <summary>The JSON of <c>chipchain whatif</c>: what failed, what stopped, and every level that dropped.</summary>
internal sealed record WhatIfJson(
    IReadOnlyList<string> Failed,
    IReadOnlyList<string> FailedStructure,
    IReadOnlyList<string> StoppedTargets,
    IReadOnlyList<string> Stopped,
    IReadOnlyList<LevelChangeJson> Levels)
{
    public static WhatIfJson From(ScenarioOutcome outcome, NodeLabels labels) => new(
        outcome.Failed,
        outcome.FailedStructure,
        outcome.StoppedTargets,
        outcome.Stopped,
        [.. outcome.Levels.Select(c => new LevelChangeJson(c.Id, labels.NameOrNull(c.Id), c.Before, c.After))]);
}

/// <summary>A node whose supply level dropped, with its level before and after the scenario (0..1).</summary>
internal sealed record LevelChangeJson(string Id, string? Name, double Before, double After);
