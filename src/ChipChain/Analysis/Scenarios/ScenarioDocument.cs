namespace ChipChain.Analysis.Scenarios;

/// <summary>The JSON shape of a scenario file (graphs/scenario.schema.json), as <see cref="ScenarioReader"/> fills it in.</summary>
internal sealed class ScenarioDocument
{
    public string? Schema { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<string>? Include { get; set; }

    public List<string>? Sources { get; set; }

    public List<string>? Fail { get; set; }

    public List<string>? FailCountries { get; set; }

    public List<CutDocument>? Cut { get; set; }

    public List<DegradeDocument>? Degrade { get; set; }

    public double? DefaultProbability { get; set; }

    public Dictionary<string, double>? ProbabilityByCountry { get; set; }

    public Dictionary<string, double>? ProbabilityByKind { get; set; }

    public Dictionary<string, string>? ProbabilitySources { get; set; }

    public Dictionary<string, int>? Durations { get; set; }
}

/// <summary>One link-cut filter in a scenario file.</summary>
internal sealed class CutDocument
{
    public string SupplierCountry { get; set; } = string.Empty;

    public string ConsumerCountry { get; set; } = string.Empty;

    public string? Item { get; set; }

    public string? SupplierKind { get; set; }

    public string? ConsumerKind { get; set; }
}

/// <summary>One degradation in a scenario file.</summary>
internal sealed class DegradeDocument
{
    public string Id { get; set; } = string.Empty;

    public double Level { get; set; }
}
