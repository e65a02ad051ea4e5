using System.Text.Json;
using ChipChain.Rendering.Text;
using ChipChain.Analysis.Bottlenecks;

namespace ChipChain.Cli.Output;

/// <summary>The JSON contract of <c>chipchain bottlenecks</c> (issue 4), written property by property so names and order are exact.</summary>
internal static class BottleneckJson
{
    public static void WriteReport(Utf8JsonWriter w, BottleneckReport report, NodeLabels labels, int? maxChokepoints = null)
    {
        w.WriteStartObject();
        w.WriteString("target", report.Target);
        w.WriteStartArray("chokepoints");
        foreach (var c in maxChokepoints is { } max ? report.Chokepoints.Take(max) : report.Chokepoints)
        {
            WriteChokepoint(w, c, labels);
        }

        w.WriteEndArray();
        w.WriteStartObject("minimumCut");
        w.WriteNumber("size", report.MinimumCut.Size);
        WriteStrings(w, "nodes", report.MinimumCut.Nodes);
        w.WriteBoolean("complete", report.MinimumCut.Complete);
        w.WriteEndObject();
        w.WriteStartObject("countries");
        WriteStrings(w, "singlePointsOfFailure", report.Countries.SinglePointsOfFailure);
        WriteStrings(w, "minimumCut", report.Countries.MinimumCut);
        if (!report.Countries.Complete)
        {
            // Only when the search stopped at its limit, so the contract is unchanged whenever it finishes.
            w.WriteBoolean("complete", false);
        }

        w.WriteEndObject();
        w.WriteStartArray("betweenness");
        foreach (var s in report.Betweenness)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("name", labels.NameOrNull(s.Id));
            w.WriteNumber("value", s.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (!report.BetweennessComplete)
        {
            w.WriteStartObject("betweennessSample");
            w.WriteNumber("sources", report.BetweennessSources);
            w.WriteNumber("of", report.BetweennessSourcesTotal);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    public static void WriteChokepoint(Utf8JsonWriter w, Chokepoint c, NodeLabels labels)
    {
        var row = c.Row;
        w.WriteStartObject();
        w.WriteString("item", row.Item);
        w.WriteString("itemName", labels.NameOrNull(row.Item));
        WriteStrings(w, "consumers", row.Consumers);
        w.WriteStartArray("suppliers");
        foreach (var s in row.Suppliers)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("name", labels.NameOrNull(s.Id));
            if (s.Country is null)
            {
                w.WriteNull("country");
            }
            else
            {
                w.WriteString("country", s.Country);
            }

            w.WriteNumber("share", Math.Round(s.Share, 6));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("supplierCount", row.SupplierCount);
        w.WriteNumber("hhi", (long)Math.Round(row.Hhi, MidpointRounding.AwayFromZero));
        w.WriteNumber("countriesTo75", row.CountriesTo75);
        w.WriteString("level", LevelName(row.Level));
        w.WriteString("why", ChokepointText.Why(labels.Graph, c));
        w.WriteEndObject();
    }

    public static string LevelName(ConcentrationLevel level) => level switch
    {
        ConcentrationLevel.High => "high",
        ConcentrationLevel.Medium => "medium",
        _ => "low",
    };

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
