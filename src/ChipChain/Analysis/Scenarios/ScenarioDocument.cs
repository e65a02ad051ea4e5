using System.Text.Json.Serialization;

namespace ChipChain.Analysis.Scenarios;

/// <summary>The JSON shape of a scenario file (graphs/scenario.schema.json).</summary>
internal sealed class ScenarioDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    [JsonConverter(typeof(NonEmptyStringListConverter))]
    public List<string>? Include { get; set; }

    [JsonConverter(typeof(NonEmptyStringListConverter))]
    public List<string>? Sources { get; set; }

    [JsonConverter(typeof(NonEmptyStringListConverter))]
    public List<string>? Fail { get; set; }

    [JsonConverter(typeof(NonEmptyStringListConverter))]
    public List<string>? FailCountries { get; set; }

    public List<CutDocument>? Cut { get; set; }

    public List<DegradeDocument>? Degrade { get; set; }

    [JsonConverter(typeof(UnitIntervalConverter))]
    public double? DefaultProbability { get; set; }

    [JsonConverter(typeof(ProbabilityMapConverter))]
    public Dictionary<string, double>? ProbabilityByCountry { get; set; }

    [JsonConverter(typeof(ProbabilityMapConverter))]
    public Dictionary<string, double>? ProbabilityByKind { get; set; }

    public Dictionary<string, string>? ProbabilitySources { get; set; }

    [JsonConverter(typeof(WeeksMapConverter))]
    public Dictionary<string, int>? Durations { get; set; }
}

/// <summary>One link-cut filter in a scenario file.</summary>
internal sealed class CutDocument
{
    [JsonRequired]
    [JsonConverter(typeof(NonEmptyStringConverter))]
    public string SupplierCountry { get; set; } = string.Empty;

    [JsonRequired]
    [JsonConverter(typeof(NonEmptyStringConverter))]
    public string ConsumerCountry { get; set; } = string.Empty;

    [JsonConverter(typeof(NonEmptyStringConverter))]
    public string? Item { get; set; }

    [JsonConverter(typeof(NonEmptyStringConverter))]
    public string? SupplierKind { get; set; }

    [JsonConverter(typeof(NonEmptyStringConverter))]
    public string? ConsumerKind { get; set; }
}

/// <summary>One degradation in a scenario file.</summary>
internal sealed class DegradeDocument
{
    [JsonRequired]
    [JsonConverter(typeof(NonEmptyStringConverter))]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    [JsonConverter(typeof(UnitIntervalConverter))]
    public double Level { get; set; }
}

/// <summary>Source-generated (reflection-free) reading of scenario files; unknown properties are errors.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ScenarioDocument))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext;
