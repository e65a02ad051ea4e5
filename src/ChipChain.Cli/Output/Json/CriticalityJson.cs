namespace ChipChain.Cli.Output.Json;

/// <summary>The JSON of <c>chipchain criticality</c>: what fails (<c>node</c> or <c>country</c>) and the ranking.</summary>
internal sealed record CriticalityJson(string By, IReadOnlyList<CriticalityEntryJson> Ranking);

/// <summary>One node or country: the targets and the number of nodes its failure stops.</summary>
internal sealed record CriticalityEntryJson(string Id, string? Name, IReadOnlyList<string> StoppedTargets, int StoppedNodes);
