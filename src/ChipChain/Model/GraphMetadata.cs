using System.Text.Json;

namespace ChipChain.Model;

/// <summary>The descriptive, non-structural parts of a supply graph.</summary>
public sealed class GraphMetadata
{
    /// <summary>The metadata of a graph that has none.</summary>
    public static GraphMetadata Empty { get; } = new();

    /// <summary>The graph's name.</summary>
    public string? Name { get; init; }

    /// <summary>What the graph describes, and how far to trust it.</summary>
    public string? Description { get; init; }

    /// <summary>Where the facts come from.</summary>
    public IReadOnlyList<SourceReference> Sources { get; init => field = Frozen.List(value); } = [];

    /// <summary>Properties the format does not define, kept so that a load/save round trip loses nothing.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownProperties { get; init => field = Frozen.Properties(value); } = EmptyProperties.Instance;
}
