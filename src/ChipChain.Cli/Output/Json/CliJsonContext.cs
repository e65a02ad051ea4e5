using System.Text.Json.Serialization;

namespace ChipChain.Cli.Output.Json;

/// <summary>
/// Source-generated serialisation of every JSON output of the CLI. Names are camelCase; indentation and the relaxed
/// encoder come from <see cref="JsonOutput.Options"/>, whose writer every output goes through.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(SummaryJson))]
[JsonSerializable(typeof(SpofTargetJson))]
[JsonSerializable(typeof(TargetsJson<SpofTargetJson>))]
[JsonSerializable(typeof(CutSetsJson))]
[JsonSerializable(typeof(CriticalityJson))]
[JsonSerializable(typeof(ExposureJson))]
[JsonSerializable(typeof(BottleneckReportJson))]
[JsonSerializable(typeof(TargetsJson<BottleneckReportJson>))]
[JsonSerializable(typeof(WhatIfJson))]
[JsonSerializable(typeof(DependencyTreeJson))]
[JsonSerializable(typeof(IReadOnlyList<TargetFailuresJson>))]
[JsonSerializable(typeof(IReadOnlyList<TargetChokepointsJson>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
