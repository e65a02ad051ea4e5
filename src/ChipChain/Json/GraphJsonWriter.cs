using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// Streams a graph as <c>chipchain/1</c>: the envelope indented, each source, node and link compact on its own line
/// (easy to diff), properties in a fixed order, unknown properties written back where they were found.
/// </summary>
internal static class GraphJsonWriter
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(SupplyGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);

        // Utf8JsonWriter cannot mix indented and compact output, so the envelope is written by hand around
        // compact elements: one source, node or link per line keeps files small and diffs readable.
        var output = new BufferedStream(stream, 1 << 16);
        var buffer = new ArrayBufferWriter<byte>();
        using var element = new Utf8JsonWriter(buffer, Compact);
        var meta = graph.Metadata;
        var first = true;
        output.Write("{\n"u8);
        Property(output, element, buffer, ref first, "format", w => w.WriteStringValue(DocumentParser.FormatName));
        if (meta.Name is { } name)
        {
            Property(output, element, buffer, ref first, "name", w => w.WriteStringValue(name));
        }

        if (meta.Description is { } description)
        {
            Property(output, element, buffer, ref first, "description", w => w.WriteStringValue(description));
        }

        foreach (var (key, value) in meta.UnknownProperties)
        {
            Property(output, element, buffer, ref first, key, value.WriteTo);
        }

        Array(output, element, buffer, ref first, "sources", meta.Sources, (w, source) =>
        {
            w.WriteString("id", source.Id);
            WriteIfSet(w, "title", source.Title);
            WriteIfSet(w, "url", source.Url);
            WriteUnknown(w, source.UnknownProperties);
        });
        Array(output, element, buffer, ref first, "nodes", graph.Nodes, WriteNode);
        Array(output, element, buffer, ref first, "links", graph.Links, WriteLink);
        output.Write("\n}\n"u8);
        output.Flush();
    }

    private static void Property(Stream output, Utf8JsonWriter element, ArrayBufferWriter<byte> buffer, ref bool first, string name, Action<Utf8JsonWriter> value)
    {
        output.Write(first ? "  "u8 : ",\n  "u8);
        first = false;
        Emit(output, element, buffer, w => w.WriteStringValue(name));
        output.Write(": "u8);
        Emit(output, element, buffer, value);
    }

    private static void Array<T>(Stream output, Utf8JsonWriter element, ArrayBufferWriter<byte> buffer, ref bool first, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> body)
    {
        output.Write(first ? "  "u8 : ",\n  "u8);
        first = false;
        Emit(output, element, buffer, w => w.WriteStringValue(name));
        if (items.Count == 0)
        {
            output.Write(": []"u8);
            return;
        }

        output.Write(": [\n"u8);
        for (var i = 0; i < items.Count; i++)
        {
            output.Write(i == 0 ? "    "u8 : ",\n    "u8);
            var item = items[i];
            Emit(output, element, buffer, w =>
            {
                w.WriteStartObject();
                body(w, item);
                w.WriteEndObject();
            });
        }

        output.Write("\n  ]"u8);
    }

    private static void Emit(Stream output, Utf8JsonWriter element, ArrayBufferWriter<byte> buffer, Action<Utf8JsonWriter> write)
    {
        buffer.ResetWrittenCount();
        element.Reset(buffer);
        write(element);
        element.Flush();
        output.Write(buffer.WrittenSpan);
    }

    private static void WriteNode(Utf8JsonWriter w, Node node)
    {
        w.WriteString("id", node.Id);
        WriteIfSet(w, "name", node.Name);
        WriteIfSet(w, "kind", node.Kind);
        WriteIfSet(w, "country", node.Country);
        if (node.Requires == Requirement.Any)
        {
            w.WriteString("requires", "any");
        }

        WriteIfSet(w, "capacity", node.Capacity);
        WriteIfSet(w, "unit", node.Unit);
        WriteIfSet(w, "failureProbability", node.FailureProbability);
        if (node.CanFail is { } canFail)
        {
            w.WriteBoolean("canFail", canFail);
        }

        if (node.RecoveryWeeks is { } recovery)
        {
            w.WriteNumber("recoveryWeeks", recovery);
        }

        if (node.Tags.Count > 0)
        {
            w.WriteStartArray("tags");
            foreach (var tag in node.Tags)
            {
                w.WriteStringValue(tag);
            }

            w.WriteEndArray();
        }

        if (node.Attributes.Count > 0)
        {
            w.WriteStartObject("attributes");
            WriteUnknown(w, node.Attributes);
            w.WriteEndObject();
        }

        WriteUnknown(w, node.UnknownProperties);
    }

    private static void WriteLink(Utf8JsonWriter w, Link link)
    {
        w.WriteString("supplier", link.Supplier);
        w.WriteString("consumer", link.Consumer);
        WriteIfSet(w, "item", link.Item);
        WriteIfSet(w, "share", link.Share);
        WriteIfSet(w, "capacity", link.Capacity);
        if (link.InventoryWeeks is { } inventory)
        {
            w.WriteNumber("inventoryWeeks", inventory);
        }

        WriteIfSet(w, "note", link.Note);
        WriteIfSet(w, "source", link.Source);
        WriteUnknown(w, link.UnknownProperties);
    }

    private static void WriteUnknown(Utf8JsonWriter w, IReadOnlyDictionary<string, JsonElement> properties)
    {
        foreach (var (name, value) in properties)
        {
            w.WritePropertyName(name);
            value.WriteTo(w);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }
}
