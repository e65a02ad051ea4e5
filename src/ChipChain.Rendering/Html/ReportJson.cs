using System.Buffers;
using System.Text;
using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Rendering.Html;

/// <summary>
/// The data the report's script reads: the targets (single points of failure, order-2 cut sets, lit edges) and the
/// details of every node the page can show. Compact JSON that is safe inside a <c>&lt;script&gt;</c> element.
/// </summary>
internal static class ReportJson
{
    /// <summary>Writes the JSON. Every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> is written as a <c>\u</c> escape, so no text can close the script element.</summary>
    /// <exception cref="InvalidOperationException">The encoder let a '&lt;' through (a guard: it never should).</exception>
    public static string Write(DiagramGraph diagram, IReadOnlyList<TargetReport> targets, string? selected, IReadOnlyDictionary<string, (IReadOnlyList<int> Spof, IReadOnlyList<int> CutSet)>? fullEdges = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) // the default encoder escapes HTML-sensitive and non-ASCII characters
        {
            writer.WriteStartObject();
            writer.WriteString("selected", selected);
            writer.WriteStartArray("targets");
            foreach (var target in targets)
            {
                WriteTarget(writer, diagram.Graph, target, fullEdges?[target.Id]);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("nodes");
            var graph = diagram.Graph;
            var drawn = new bool[graph.NodeCount];
            foreach (var i in diagram.NodeIndices)
            {
                drawn[i] = true;
            }

            var shown = Shown(graph, drawn, targets);
            for (var i = 0; i < graph.NodeCount; i++)
            {
                if (shown[i])
                {
                    WriteNode(writer, graph, i, drawn[i]);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        return json.Contains('<', StringComparison.Ordinal) ? throw new InvalidOperationException("The report data was not escaped for HTML.") : json;
    }

    private static void WriteTarget(Utf8JsonWriter writer, SupplyGraph graph, TargetReport target, (IReadOnlyList<int> Spof, IReadOnlyList<int> CutSet)? fullEdges)
    {
        writer.WriteStartObject();
        writer.WriteString("id", target.Id);
        writer.WriteString("name", graph.GetNode(target.Id).DisplayName);
        writer.WriteStartArray("spofs");
        foreach (var id in target.SinglePointsOfFailure)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("cutSets");
        foreach (var (first, second) in target.CutSets)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(first);
            writer.WriteStringValue(second);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("edges");
        Numbers(writer, "spof", target.SpofEdges);
        Numbers(writer, "cutset", target.CutSetEdges);
        writer.WriteEndObject();
        if (fullEdges is { } edges)
        {
            // The same for the whole diagram a critical view expands to.
            writer.WriteStartObject("edgesFull");
            Numbers(writer, "spof", edges.Spof);
            Numbers(writer, "cutset", edges.CutSet);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, SupplyGraph graph, int index, bool drawn)
    {
        var node = graph[index];
        var t = graph.Topology;
        writer.WriteStartObject();
        writer.WriteString("id", node.Id);
        writer.WriteString("name", node.DisplayName);
        writer.WriteString("kind", node.Kind);
        writer.WriteString("country", node.Country);
        writer.WriteBoolean("any", node.Requires == Requirement.Any);
        writer.WriteBoolean("drawn", drawn);
        writer.WriteStartArray("items");
        var (start, end) = (t.ItemStart[index], t.ItemStart[index + 1]);
        for (var item = start; item < end; item++)
        {
            writer.WriteStartObject();
            writer.WriteString("item", t.ItemName(item));
            writer.WriteStartArray("suppliers");

            // A supplier linked twice for one item is one supplier with the shares added.
            var suppliers = t.SuppliersOf(item).ToArray();
            var shares = t.SharesOf(item).ToArray();
            var merged = new List<(int Supplier, double Share)>();
            for (var k = 0; k < suppliers.Length; k++)
            {
                var at = merged.FindIndex(m => m.Supplier == suppliers[k]);
                if (at < 0)
                {
                    merged.Add((suppliers[k], shares[k]));
                }
                else
                {
                    merged[at] = (suppliers[k], merged[at].Share + shares[k]);
                }
            }

            foreach (var (supplier, share) in merged.OrderByDescending(m => Math.Round(m.Share, 4)).ThenBy(m => graph[m.Supplier].Id, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("id", graph[supplier].Id);
                writer.WriteNumber("share", Math.Round(share, 4));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("consumers");
        foreach (var group in t.UsesOf(index).ToArray().GroupBy(e => t.ItemOwner[t.EntryItem[e]]).OrderBy(g => g.Key))
        {
            writer.WriteStartObject();
            writer.WriteString("id", graph[group.Key].Id);
            writer.WriteStartArray("items");
            foreach (var item in group.Select(e => graph.Links[t.EntryLink[e]].Item).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The nodes the page can show: the drawn ones, those the analyses name, and their direct suppliers and consumers.</summary>
    private static bool[] Shown(SupplyGraph graph, bool[] drawn, IReadOnlyList<TargetReport> targets)
    {
        var core = (bool[])drawn.Clone();
        foreach (var target in targets)
        {
            foreach (var id in target.SinglePointsOfFailure.Concat(target.CutSets.SelectMany(c => new[] { c.First, c.Second })).Append(target.Id))
            {
                core[graph.IndexOf(id)] = true;
            }
        }

        var shown = (bool[])core.Clone();
        var t = graph.Topology;
        for (var i = 0; i < core.Length; i++)
        {
            if (!core[i])
            {
                continue;
            }

            foreach (var s in t.EntrySupplier[t.EntryStart[t.ItemStart[i]]..t.EntryStart[t.ItemStart[i + 1]]])
            {
                shown[s] = true;
            }

            foreach (var e in t.UsesOf(i))
            {
                shown[t.ItemOwner[t.EntryItem[e]]] = true;
            }
        }

        return shown;
    }

    private static void Numbers(Utf8JsonWriter writer, string name, IReadOnlyList<int> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteNumberValue(v);
        }

        writer.WriteEndArray();
    }
}
