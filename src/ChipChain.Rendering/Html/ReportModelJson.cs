using System.Buffers;
using System.Text;
using System.Text.Json;
using ChipChain.Analysis.Timeline;
using ChipChain.Model;

namespace ChipChain.Rendering.Html;

/// <summary>
/// The whole graph as the page's what-if engine (whatif.js) reads it: per node its id, stated name, kind, country
/// and whether it is a failure candidate; per node its items, each a flat list of (supplier index, normalised share,
/// link index) in the topology's order; per link its item; the default targets; for timed scenarios (docs/time.md) per
/// node its items' buffers in weeks and its recovery weeks, and the default horizon. Shares are the library's normalised
/// ones written round-trip, so the page computes the same levels as <c>chipchain whatif</c>. Safe inside a
/// <c>&lt;script&gt;</c> element.
/// </summary>
internal static class ReportModelJson
{
    /// <summary>Writes the JSON; every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> is a <c>\u</c> escape.</summary>
    /// <exception cref="InvalidOperationException">The encoder let a '&lt;' through (a guard: it never should).</exception>
    public static string Write(SupplyGraph graph)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var t = graph.Topology;
        using (var writer = new Utf8JsonWriter(buffer)) // the default encoder escapes HTML-sensitive characters
        {
            writer.WriteStartObject();
            Strings(writer, "ids", graph.Nodes.Select(n => n.Id));
            Strings(writer, "names", graph.Nodes.Select(n => n.Name));
            Strings(writer, "kinds", graph.Nodes.Select(n => n.Kind));
            Strings(writer, "countries", graph.Nodes.Select(n => n.Country));
            writer.WriteStartArray("candidate");
            for (var v = 0; v < graph.NodeCount; v++)
            {
                writer.WriteNumberValue(t.IsCandidate(v) ? 1 : 0);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("items");
            for (var v = 0; v < graph.NodeCount; v++)
            {
                writer.WriteStartArray();
                for (var item = t.ItemStart[v]; item < t.ItemStart[v + 1]; item++)
                {
                    writer.WriteStartArray();
                    for (var e = t.EntryStart[item]; e < t.EntryStart[item + 1]; e++)
                    {
                        writer.WriteNumberValue(t.EntrySupplier[e]);
                        writer.WriteNumberValue(t.EntryShare[e]);
                        writer.WriteNumberValue(t.EntryLink[e]);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            Strings(writer, "linkItems", graph.Links.Select(l => l.Item));
            writer.WriteStartArray("targets");
            foreach (var target in graph.DefaultTargets())
            {
                writer.WriteNumberValue(target);
            }

            writer.WriteEndArray();
            Timing(writer, graph);
            writer.WriteEndObject();
        }

        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        return json.Contains('<', StringComparison.Ordinal) ? throw new InvalidOperationException("The report model was not escaped for HTML.") : json;
    }

    // Per node its items' buffers (the largest inventoryWeeks among each item's links), per node its recoveryWeeks.
    private static void Timing(Utf8JsonWriter writer, SupplyGraph graph)
    {
        var t = graph.Topology;
        var buffers = TimelineEngine.ItemBuffers(graph);
        writer.WriteStartArray("buffers");
        for (var v = 0; v < graph.NodeCount; v++)
        {
            writer.WriteStartArray();
            for (var item = t.ItemStart[v]; item < t.ItemStart[v + 1]; item++)
            {
                writer.WriteNumberValue(buffers[item]);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("recovery");
        foreach (var node in graph.Nodes)
        {
            if (node.RecoveryWeeks is { } weeks)
            {
                writer.WriteNumberValue(weeks);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
        writer.WriteNumber("horizon", TimelineOptions.DefaultHorizon);
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string?> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }

        writer.WriteEndArray();
    }
}
