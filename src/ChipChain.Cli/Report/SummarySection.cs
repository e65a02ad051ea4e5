using System.Globalization;
using System.Text.Json;
using ChipChain.Analysis;
using ChipChain.Cli.Output;
using ChipChain.Cli.Output.Json;

namespace ChipChain.Cli.Report;

/// <summary>The graph summary: counts by kind and country, sources, sinks, products, cycles.</summary>
internal sealed class SummarySection(bool detailed = false) : IReportSection
{
    public string Key => "summary";

    public string Title => "Summary";

    public void Write(ReportContext context, TextWriter writer, OutputFormat format)
    {
        var s = GraphSummary.Of(context.Graph);
        var labels = new NodeLabels(context.Graph);
        var facts = new TextTable("fact", "value");
        facts.Add("graph", s.Name ?? "(unnamed)");
        facts.Add("file", context.Source);
        facts.Add("nodes", Count(s.NodeCount));
        facts.Add("links", Count(s.LinkCount));
        facts.Add("items", Count(s.ItemCount));
        facts.Add("sources (no suppliers)", Count(s.Sources.Count));
        facts.Add("sinks (no consumers)", Count(s.Sinks.Count));
        facts.Add("products", s.Products.Count == 0 ? "0" : $"{s.Products.Count}: {labels.List(s.Products, max: 8)}");
        facts.Add("cycles", s.Cycles.Count == 0 ? "none" : string.Join("; ", s.Cycles.Take(5).Select(c => labels.List(c, max: 8))) + (s.Cycles.Count > 5 ? $"; … ({s.Cycles.Count})" : string.Empty));
        if (!detailed)
        {
            facts.Add("by kind", string.Join(", ", s.ByKind.Select(p => $"{p.Key} {p.Value}")));
            facts.Add("by country", string.Join(", ", s.ByCountry.Take(12).Select(p => $"{p.Key} {p.Value}")) + (s.ByCountry.Count > 12 ? ", …" : string.Empty));
            facts.Write(writer, format);
            return;
        }

        facts.Write(writer, format);
        writer.Write('\n');
        var kinds = new TextTable("kind", "nodes>");
        foreach (var (kind, count) in s.ByKind)
        {
            kinds.Add(kind, Count(count));
        }

        kinds.Write(writer, format);
        writer.Write('\n');
        var countries = new TextTable("country", "nodes>");
        foreach (var (country, count) in s.ByCountry.Take(15))
        {
            countries.Add(country, Count(count));
        }

        if (s.ByCountry.Count > 15)
        {
            countries.Add($"({s.ByCountry.Count - 15} more)", Count(s.ByCountry.Skip(15).Sum(p => p.Value)));
        }

        countries.Write(writer, format);
    }

    public void WriteJson(ReportContext context, Utf8JsonWriter writer) =>
        JsonSerializer.Serialize(writer, SummaryJson.From(GraphSummary.Of(context.Graph)), CliJsonContext.Default.SummaryJson);

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
