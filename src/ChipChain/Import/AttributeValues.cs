using System.Text.Json;

namespace ChipChain.Import;

/// <summary>Builds the <see cref="JsonElement"/> values of node attributes deterministically (no reflection).</summary>
internal static class AttributeValues
{
    public static JsonElement String(string value) => Build(w => w.WriteStringValue(value));

    public static JsonElement Number(double value) => Build(w => w.WriteNumberValue(value));

    public static JsonElement True { get; } = Build(w => w.WriteBooleanValue(true));

    public static JsonElement Strings(IEnumerable<string> values) => Build(w =>
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    });

    /// <summary>An object of numbers, in the order given.</summary>
    public static JsonElement Numbers(IEnumerable<KeyValuePair<string, double>> values) => Build(w =>
    {
        w.WriteStartObject();
        foreach (var (key, value) in values)
        {
            w.WriteNumber(key, value);
        }

        w.WriteEndObject();
    });

    public static JsonElement Build(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }
}
