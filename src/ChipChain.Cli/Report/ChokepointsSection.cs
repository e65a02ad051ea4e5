using System.Text.Json;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Cli.Output;

namespace ChipChain.Cli.Report;

/// <summary>The report's chokepoints: for each target, its most critical concentrated supplies.</summary>
internal sealed class ChokepointsSection : IReportSection
{
    /// <summary>How many chokepoints the report shows per target.</summary>
    public const int PerTarget = 5;

    public string Key => "chokepoints";

    public string Title => "Chokepoints";

    public void Write(ReportContext context, TextWriter writer, OutputFormat format)
    {
        var analysis = new BottleneckAnalysis(context.Graph);
        var rows = context.Targets
            .SelectMany(t => analysis.ChokepointsOf(t).Take(PerTarget).Select(c => (context.Graph[t].Id, c)));
        BottleneckTables.Chokepoints(rows, withTarget: true, new NodeLabels(context.Graph)).Write(writer, format);
    }

    public void WriteJson(ReportContext context, Utf8JsonWriter writer)
    {
        var analysis = new BottleneckAnalysis(context.Graph);
        var labels = new NodeLabels(context.Graph);
        writer.WriteStartArray();
        foreach (var target in context.Targets)
        {
            writer.WriteStartObject();
            writer.WriteString("target", context.Graph[target].Id);
            writer.WriteStartArray("chokepoints");
            foreach (var c in analysis.ChokepointsOf(target).Take(PerTarget))
            {
                BottleneckJson.WriteChokepoint(writer, c, labels);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
