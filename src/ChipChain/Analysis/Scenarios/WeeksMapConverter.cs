using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Analysis.Scenarios;

/// <summary>An object of outage durations (<c>{"asml": 26}</c>): node ids to whole weeks from 1 to <see cref="Node.MaxWeeks"/>.</summary>
internal sealed class WeeksMapConverter : NumberMapConverter<int>
{
    protected override string Expected => "an object of weeks by node id such as {\"asml\": 26}";

    protected override int ReadValue(ref Utf8JsonReader reader, string key) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var weeks) && weeks is >= 1 and <= Node.MaxWeeks
            ? weeks
            : throw new JsonException($"expected a whole number of weeks from 1 to {Node.MaxWeeks} for '{key}'");

    protected override void WriteValue(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
}
