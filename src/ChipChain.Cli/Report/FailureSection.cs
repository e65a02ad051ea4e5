using System.Text.Json;
using ChipChain.Analysis;
using ChipChain.Cli.Output;
using ChipChain.Cli.Output.Json;

namespace ChipChain.Cli.Report;

/// <summary>For each target: its single points of failure and the number of minimal cut sets of exactly two nodes.</summary>
internal sealed class FailureSection : IReportSection
{
    public string Key => "singlePointsOfFailure";

    public string Title => "Single points of failure";

    public void Write(ReportContext context, TextWriter writer, OutputFormat format)
    {
        var rows = Rows(context);
        var labels = new NodeLabels(context.Graph);
        var table = new TextTable("target", NodeLabels.Header("target"), "SPOFs>", "order-2 cut sets>");
        foreach (var (target, spofs, pairs) in rows)
        {
            table.Add(target, labels.Name(target), NumberText.Count(spofs.Count), NumberText.Count(pairs));
        }

        table.Write(writer, format);
        writer.Write('\n');
        foreach (var (target, spofs, _) in rows)
        {
            var list = spofs.Count == 0 ? "none" : labels.List(spofs);
            var label = labels.Label(target);
            writer.Write(format == OutputFormat.Markdown ? $"- **{MarkdownText.Escape(label)}**: {MarkdownText.Escape(list)}\n" : $"{label}: {list}\n");
        }
    }

    public void WriteJson(ReportContext context, Utf8JsonWriter writer) =>
        JsonSerializer.Serialize(
            writer,
            [.. Rows(context).Select(r => new TargetFailuresJson(r.Target, r.Spofs, r.Pairs))],
            CliJsonContext.Default.IReadOnlyListTargetFailuresJson);

    private static List<(string Target, IReadOnlyList<string> Spofs, int Pairs)> Rows(ReportContext context)
    {
        // One pass for every target: the stop sets and the order-2 families are shared between products.
        var cuts = MinimalCutSets.ComputeMany(context.Graph, context.Targets, 2);
        return context.Targets
            .Select((t, k) => (
                context.Graph[t].Id,
                (IReadOnlyList<string>)cuts[k].CutSets.Where(c => c.Count == 1).Select(c => c[0]).ToList(),
                cuts[k].CountOfSize(2)))
            .ToList();
    }
}
