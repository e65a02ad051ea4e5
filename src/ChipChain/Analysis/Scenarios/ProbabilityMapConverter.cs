using System.Text.Json;

namespace ChipChain.Analysis.Scenarios;

/// <summary>An object of probabilities (<c>{"TW": 0.05}</c>): non-empty keys, numbers from 0 to 1, errors with their position.</summary>
internal sealed class ProbabilityMapConverter : NumberMapConverter<double>
{
    protected override string Expected => "an object of probabilities such as {\"TW\": 0.05}";

    protected override double ReadValue(ref Utf8JsonReader reader, string key) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && value is >= 0 and <= 1
            ? value
            : throw new JsonException($"expected a probability from 0 to 1 for '{key}'");

    protected override void WriteValue(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);
}
