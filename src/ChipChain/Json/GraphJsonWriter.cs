using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>
/// Streams a graph as <c>chipchain/1</c>: the envelope indented, each source, node and link compact on one line (easy
/// to diff), properties in a fixed order, unknown properties written back where they were found.
/// </summary>
internal static class GraphJsonWriter
{
    private static readonly JsonWriterOptions Envelope = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    public static void Write(SupplyGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new ArrayBufferWriter<byte>();
        using var element = new Utf8JsonWriter(buffer, Compact);
        using var writer = new Utf8JsonWriter(stream, Envelope);
        var meta = graph.Metadata;
        writer.WriteStartObject();
        writer.WriteString("format", DocumentParser.FormatName);
        WriteIfSet(writer, "name", meta.Name);
        WriteIfSet(writer, "description", meta.Description);
        WriteUnknown(writer, meta.UnknownProperties);
        writer.WriteStartArray("sources");
        foreach (var source in meta.Sources)
        {
            WriteCompact(writer, element, buffer, w =>
            {
                w.WriteString("id", source.Id);
                WriteIfSet(w, "title", source.Title);
                WriteIfSet(w, "url", source.Url);
                WriteUnknown(w, source.UnknownProperties);
            });
        }

        writer.WriteEndArray();
        writer.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            WriteCompact(writer, element, buffer, w => WriteNode(w, node));
            FlushIfLarge(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("links");
        foreach (var link in graph.Links)
        {
            WriteCompact(writer, element, buffer, w => WriteLink(w, link));
            FlushIfLarge(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
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
        WriteIfSet(w, "note", link.Note);
        WriteIfSet(w, "source", link.Source);
        WriteUnknown(w, link.UnknownProperties);
    }

    private static void WriteCompact(Utf8JsonWriter writer, Utf8JsonWriter element, ArrayBufferWriter<byte> buffer, Action<Utf8JsonWriter> body)
    {
        buffer.ResetWrittenCount();
        element.Reset(buffer);
        element.WriteStartObject();
        body(element);
        element.WriteEndObject();
        element.Flush();
        writer.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
    }

    private static void FlushIfLarge(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > 1 << 16)
        {
            writer.Flush();
        }
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
