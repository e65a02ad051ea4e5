using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChipChain.Analysis.Scenarios;

/// <summary>An object of probabilities (<c>{"TW": 0.05}</c>): non-empty keys, numbers from 0 to 1, errors with their position.</summary>
internal sealed class ProbabilityMapConverter : JsonConverter<Dictionary<string, double>>
{
    public override Dictionary<string, double> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("expected an object of probabilities such as {\"TW\": 0.05}");
        }

        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString();
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new JsonException("expected a non-empty key");
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value) || value is not (>= 0 and <= 1))
            {
                throw new JsonException($"expected a probability from 0 to 1 for '{key}'");
            }

            if (!result.TryAdd(key, value))
            {
                throw new JsonException($"'{key}' is given twice");
            }
        }

        return result;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, double> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, p) in value)
        {
            writer.WriteNumber(key, p);
        }

        writer.WriteEndObject();
    }
}
