namespace ChipChain.Cli.Output.Json;

/// <summary>The JSON of <c>chipchain exposure</c>: the target and the share of its supply each upstream node's failure takes.</summary>
internal sealed record ExposureJson(string Target, IReadOnlyList<ExposureEntryJson> Exposure);

/// <summary>One upstream node and the share 0..1 of the target's supply lost when it fails alone.</summary>
internal sealed record ExposureEntryJson(string Id, string? Name, double Loss);
