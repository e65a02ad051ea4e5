using System.Text;
using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>
/// The free-form parts of a snapshot as JSON text: property bags (attributes, unknown properties) as one object each,
/// values kept as their original text, and the graph metadata as one object.
/// </summary>
internal static class SnapshotJson
{
    private const string NameKey = "name";
    private const string DescriptionKey = "description";
    private const string SourcesKey = "sources";
    private const string UnknownKey = "unknown";
    private const string IdKey = "id";
    private const string TitleKey = "title";
    private const string UrlKey = "url";

    /// <summary>A bag as a JSON object, or null when it is empty.</summary>
    public static string? Bag(IReadOnlyDictionary<string, JsonElement> bag)
    {
        if (bag.Count == 0)
        {
            return null;
        }

        using var memory = new MemoryStream();
        using (var writer = new Utf8JsonWriter(memory))
        {
            WriteBag(writer, bag);
        }

        return Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length);
    }

    /// <summary>Reads a bag written by <see cref="Bag"/>.</summary>
    /// <exception cref="JsonException">The text is not a JSON object.</exception>
    public static IReadOnlyDictionary<string, JsonElement> ParseBag(string text)
    {
        using var document = JsonDocument.Parse(text);
        return ReadBag(document.RootElement);
    }

    /// <summary>The metadata as one UTF-8 JSON object.</summary>
    public static byte[] Metadata(GraphMetadata metadata)
    {
        using var memory = new MemoryStream();
        using (var writer = new Utf8JsonWriter(memory))
        {
            writer.WriteStartObject();
            WriteIfSet(writer, NameKey, metadata.Name);
            WriteIfSet(writer, DescriptionKey, metadata.Description);
            writer.WriteStartArray(SourcesKey);
            foreach (var source in metadata.Sources)
            {
                writer.WriteStartObject();
                writer.WriteString(IdKey, source.Id);
                WriteIfSet(writer, TitleKey, source.Title);
                WriteIfSet(writer, UrlKey, source.Url);
                writer.WritePropertyName(UnknownKey);
                WriteBag(writer, source.UnknownProperties);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WritePropertyName(UnknownKey);
            WriteBag(writer, metadata.UnknownProperties);
            writer.WriteEndObject();
        }

        return memory.ToArray();
    }

    /// <summary>Reads metadata written by <see cref="Metadata"/>.</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    /// <exception cref="InvalidOperationException">A value has the wrong JSON type.</exception>
    /// <exception cref="ArgumentException">A source id is empty.</exception>
    public static GraphMetadata ParseMetadata(ReadOnlyMemory<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        var root = document.RootElement;
        var sources = new List<SourceReference>();
        foreach (var source in root.GetProperty(SourcesKey).EnumerateArray())
        {
            sources.Add(new SourceReference(source.GetProperty(IdKey).GetString()!)
            {
                Title = StringOrNull(source, TitleKey),
                Url = StringOrNull(source, UrlKey),
                UnknownProperties = ReadBag(source.GetProperty(UnknownKey)),
            });
        }

        return new GraphMetadata
        {
            Name = StringOrNull(root, NameKey),
            Description = StringOrNull(root, DescriptionKey),
            Sources = sources,
            UnknownProperties = ReadBag(root.GetProperty(UnknownKey)),
        };
    }

    private static void WriteBag(Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonElement> bag)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in bag)
        {
            writer.WritePropertyName(key);
            writer.WriteRawValue(value.GetRawText());
        }

        writer.WriteEndObject();
    }

    private static IReadOnlyDictionary<string, JsonElement> ReadBag(JsonElement element)
    {
        var bag = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            bag[property.Name] = property.Value.Clone();
        }

        return bag.Count == 0 ? EmptyProperties.Instance : bag;
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string key, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(key, value);
        }
    }

    private static string? StringOrNull(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) ? value.GetString() : null;
}
