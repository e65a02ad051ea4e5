using System.Text.Json;

namespace ChipChain.Model;

/// <summary>A bibliographic source that links can cite by <see cref="Id"/>.</summary>
public sealed class SourceReference
{
    /// <summary>Creates a source reference.</summary>
    /// <param name="id">The identifier links use in their <c>source</c> field.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or white space.</exception>
    public SourceReference(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The identifier links cite.</summary>
    public string Id { get; }

    /// <summary>The title of the source.</summary>
    public string? Title { get; init; }

    /// <summary>Where the source can be found.</summary>
    public string? Url { get; init; }

    /// <summary>Properties the format does not define, kept so that a load/save round trip loses nothing.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownProperties { get; init => field = Frozen.Properties(value); } = EmptyProperties.Instance;
}
