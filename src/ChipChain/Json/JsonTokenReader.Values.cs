using System.Buffers;
using System.Text.Json;

namespace ChipChain.Json;

/// <summary>Skipping and capturing whole values (objects and arrays) token by token.</summary>
internal sealed partial class JsonTokenReader
{
    /// <summary>Skips the current value (an object or array is skipped whole).</summary>
    /// <exception cref="JsonSyntaxException">The input is not well-formed JSON.</exception>
    public void Skip()
    {
        if (TokenType == JsonTokenType.PropertyName)
        {
            Read();
        }

        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = 1;
        while (depth > 0 && Read())
        {
            if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                depth++;
            }
            else if (TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                depth--;
            }
        }
    }

    /// <summary>Copies the current value (an object or array whole) into a detached <see cref="JsonElement"/>.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="JsonSyntaxException">The input is not well-formed JSON.</exception>
    public JsonElement CaptureValue()
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            var depth = 0;
            do
            {
                switch (TokenType)
                {
                    case JsonTokenType.StartObject: writer.WriteStartObject(); depth++; break;
                    case JsonTokenType.StartArray: writer.WriteStartArray(); depth++; break;
                    case JsonTokenType.EndObject: writer.WriteEndObject(); depth--; break;
                    case JsonTokenType.EndArray: writer.WriteEndArray(); depth--; break;
                    case JsonTokenType.PropertyName: writer.WritePropertyName(ValueBytes); break;
                    case JsonTokenType.String: writer.WriteStringValue(StringValue); break;
                    case JsonTokenType.Number: writer.WriteRawValue(ValueBytes, skipInputValidation: true); break;
                    case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                    case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                    default: writer.WriteNullValue(); break;
                }
            }
            while ((depth > 0 || TokenType == JsonTokenType.PropertyName) && Read());
        }

        using var document = JsonDocument.Parse(output.WrittenMemory);
        return document.RootElement.Clone();
    }
}
