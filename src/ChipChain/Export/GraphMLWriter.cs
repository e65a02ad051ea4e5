using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using ChipChain.Model;

namespace ChipChain.Export;

/// <summary>
/// Writes a supply graph as GraphML (directed; supplier → consumer), readable by yEd, Gephi, NetworkX and igraph.
/// Every field of the format has a key: strings as <c>string</c>, numbers as <c>double</c>, and the structured ones
/// (<c>tags</c>, <c>attributes</c>, properties the format does not define) as compact JSON strings with ordinally
/// sorted object keys. A field without a value gets no <c>&lt;data&gt;</c>. Output is deterministic: keys in a fixed
/// order, nodes and links in graph order, numbers in invariant round-trip form.
/// </summary>
internal static class GraphMLWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("g_name", "graph", "name", "string"),
        ("g_description", "graph", "description", "string"),
        ("g_sources", "graph", "sources", "string"),
        ("g_properties", "graph", "properties", "string"),
        ("n_name", "node", "name", "string"),
        ("n_kind", "node", "kind", "string"),
        ("n_country", "node", "country", "string"),
        ("n_requires", "node", "requires", "string"),
        ("n_capacity", "node", "capacity", "double"),
        ("n_unit", "node", "unit", "string"),
        ("n_failureProbability", "node", "failureProbability", "double"),
        ("n_recoveryWeeks", "node", "recoveryWeeks", "int"),
        ("n_tags", "node", "tags", "string"),
        ("n_attributes", "node", "attributes", "string"),
        ("n_properties", "node", "properties", "string"),
        ("e_item", "edge", "item", "string"),
        ("e_share", "edge", "share", "double"),
        ("e_capacity", "edge", "capacity", "double"),
        ("e_inventoryWeeks", "edge", "inventoryWeeks", "int"),
        ("e_note", "edge", "note", "string"),
        ("e_source", "edge", "source", "string"),
        ("e_properties", "edge", "properties", "string"),
    ];

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="graph"/> as GraphML to <paramref name="stream"/> (UTF-8).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(SupplyGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        using var xml = XmlOutput.Create(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, domain, name, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", domain);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        Data(xml, "g_name", graph.Metadata.Name);
        Data(xml, "g_description", graph.Metadata.Description);
        Data(xml, "g_sources", graph.Metadata.Sources.Count == 0 ? null : Json(w => Sources(w, graph.Metadata.Sources)));
        Data(xml, "g_properties", Properties(graph.Metadata.UnknownProperties));
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", XmlOutput.Clean(node.Id));
            Data(xml, "n_name", node.Name);
            Data(xml, "n_kind", node.Kind);
            Data(xml, "n_country", node.Country);
            Data(xml, "n_requires", node.Requires == Requirement.Any ? "any" : "all");
            Data(xml, "n_capacity", node.Capacity);
            Data(xml, "n_unit", node.Unit);
            Data(xml, "n_failureProbability", node.FailureProbability);
            Data(xml, "n_recoveryWeeks", node.RecoveryWeeks);
            Data(xml, "n_tags", node.Tags.Count == 0 ? null : Json(w => Strings(w, node.Tags)));
            Data(xml, "n_attributes", Properties(node.Attributes));
            Data(xml, "n_properties", Properties(node.UnknownProperties));
            xml.WriteEndElement();
        }

        for (var l = 0; l < graph.Links.Count; l++)
        {
            var link = graph.Links[l];
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + l.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", XmlOutput.Clean(link.Supplier));
            xml.WriteAttributeString("target", XmlOutput.Clean(link.Consumer));
            Data(xml, "e_item", link.Item);
            Data(xml, "e_share", link.Share);
            Data(xml, "e_capacity", link.Capacity);
            Data(xml, "e_inventoryWeeks", link.InventoryWeeks);
            Data(xml, "e_note", link.Note);
            Data(xml, "e_source", link.Source);
            Data(xml, "e_properties", Properties(link.UnknownProperties));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The GraphML document as text.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static string ToXml(SupplyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return XmlOutput.ToText(s => Write(graph, s));
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlOutput.Clean(value));
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, int? value) =>
        Data(xml, key, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static void Data(XmlWriter xml, string key, double? value) =>
        Data(xml, key, value is { } v ? XmlOutput.Number(v) : null);

    private static string? Properties(IReadOnlyDictionary<string, JsonElement> properties) =>
        properties.Count == 0 ? null : Json(w => SortedObject(w, properties));

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var memory = new MemoryStream();
        using (var writer = new Utf8JsonWriter(memory, JsonOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(memory.ToArray());
    }

    private static void Strings(Utf8JsonWriter w, IEnumerable<string> values)
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Sources(Utf8JsonWriter w, IEnumerable<SourceReference> sources)
    {
        w.WriteStartArray();
        foreach (var source in sources)
        {
            w.WriteStartObject();
            w.WriteString("id", source.Id);
            if (source.Title is not null)
            {
                w.WriteString("title", source.Title);
            }

            if (source.Url is not null)
            {
                w.WriteString("url", source.Url);
            }

            foreach (var (name, value) in source.UnknownProperties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.WritePropertyName(name);
                Value(w, value);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void SortedObject(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, JsonElement>> properties)
    {
        w.WriteStartObject();
        foreach (var (name, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WritePropertyName(name);
            Value(w, value);
        }

        w.WriteEndObject();
    }

    // Nested objects are sorted too, so equal attributes always give byte-identical text.
    private static void Value(Utf8JsonWriter w, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                SortedObject(w, value.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)));
                break;
            case JsonValueKind.Array:
                w.WriteStartArray();
                foreach (var element in value.EnumerateArray())
                {
                    Value(w, element);
                }

                w.WriteEndArray();
                break;
            default:
                value.WriteTo(w);
                break;
        }
    }
}
