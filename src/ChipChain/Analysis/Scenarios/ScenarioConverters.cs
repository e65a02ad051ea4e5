using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChipChain.Analysis.Scenarios;

/// <summary>A non-empty string; throwing from the converter lets the serializer attach the offending token's position.</summary>
internal sealed class NonEmptyStringConverter : JsonConverter<string>
{
    /// <summary>A null is not a string either: refused here, with its position, rather than passed on.</summary>
    public override bool HandleNull => true;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected a string");
        }

        var value = reader.GetString();
        return string.IsNullOrWhiteSpace(value) ? throw new JsonException("expected a non-empty string") : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>An array of non-empty strings (node ids or country codes).</summary>
internal sealed class NonEmptyStringListConverter : JsonConverter<List<string>>
{
    public override List<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("expected an array of strings");
        }

        var result = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String || string.IsNullOrWhiteSpace(reader.GetString()))
            {
                throw new JsonException("expected a non-empty string");
            }

            result.Add(reader.GetString()!);
        }

        return result;
    }

    public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var s in value)
        {
            writer.WriteStringValue(s);
        }

        writer.WriteEndArray();
    }
}

/// <summary>A number from 0 to 1 (a level).</summary>
internal sealed class UnitIntervalConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value))
        {
            throw new JsonException("expected a number from 0 to 1");
        }

        return value is >= 0 and <= 1 ? value : throw new JsonException("expected a number from 0 to 1");
    }

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
