using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChipChain.Analysis.Scenarios;

/// <summary>
/// An object of numbers keyed by non-empty strings (<c>{"TW": 0.05}</c>, <c>{"asml": 26}</c>), each value checked,
/// no key twice; errors carry their position through <see cref="JsonException"/>.
/// </summary>
internal abstract class NumberMapConverter<T> : JsonConverter<Dictionary<string, T>>
{
    /// <summary>What the whole value should be, for the error when it is not an object.</summary>
    protected abstract string Expected { get; }

    public override Dictionary<string, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"expected {Expected}");
        }

        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString();
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new JsonException("expected a non-empty key");
            }

            reader.Read();
            var value = ReadValue(ref reader, key);
            if (!result.TryAdd(key, value))
            {
                throw new JsonException($"'{key}' is given twice");
            }
        }

        return result;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, T> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, number) in value)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, number);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads and checks the value of <paramref name="key"/>; throws <see cref="JsonException"/> when it is not one.</summary>
    protected abstract T ReadValue(ref Utf8JsonReader reader, string key);

    /// <summary>Writes one value.</summary>
    protected abstract void WriteValue(Utf8JsonWriter writer, T value);
}
