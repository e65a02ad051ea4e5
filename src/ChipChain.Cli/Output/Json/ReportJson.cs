using System.Text.Json.Serialization;

namespace ChipChain.Cli.Output.Json;

/// <summary>The report's single points of failure for one target: their ids and how many order-2 cut sets it has.</summary>
internal sealed record TargetFailuresJson(string Target, IReadOnlyList<string> SinglePointsOfFailure, int OrderTwoCutSets);

/// <summary>
/// The report's chokepoints of one target. A target past the report's size budget is listed with
/// <c>"chokepoints": null, "detailed": false</c> rather than an empty list; <see cref="Detailed"/> is absent otherwise.
/// </summary>
internal sealed record TargetChokepointsJson(
    string Target,
    IReadOnlyList<ChokepointJson>? Chokepoints,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Detailed);
