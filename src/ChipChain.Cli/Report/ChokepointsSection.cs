using System.Text.Json;
using ChipChain.Analysis;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Cli.Output;
using ChipChain.Cli.Output.Json;

namespace ChipChain.Cli.Report;

/// <summary>
/// The report's chokepoints: for each target, its most critical concentrated supplies. Targets are detailed in
/// order until their upstream nodes together pass <see cref="MaxUpstreamNodes"/> (the first is always detailed); the
/// rest are named in one line that points to <c>chipchain bottlenecks --target</c> (docs/limits.md).
/// </summary>
internal sealed class ChokepointsSection : IReportSection
{
    /// <summary>How many chokepoints the report shows per target.</summary>
    public const int PerTarget = 5;

    /// <summary>The upstream nodes, summed over the targets detailed, past which further targets are only counted.</summary>
    public const int MaxUpstreamNodes = 50_000;

    public string Key => "chokepoints";

    public string Title => "Chokepoints";

    public void Write(ReportContext context, TextWriter writer, OutputFormat format)
    {
        var analysis = new BottleneckAnalysis(context.Graph);
        var (detailed, rest) = Detailed(context);
        var rows = detailed
            .SelectMany(t => analysis.ChokepointsOf(t, PerTarget).Select(c => (context.Graph[t].Id, c)));
        BottleneckTables.Chokepoints(rows, withTarget: true, new NodeLabels(context.Graph)).Write(writer, format);
        if (rest.Count > 0)
        {
            var line = $"{NumberText.Count(rest.Count)} more targets not detailed here (the report details targets up to {NumberText.Count(MaxUpstreamNodes)} upstream nodes in all): run 'chipchain bottlenecks --target ID' for one of them.";
            writer.Write(format == OutputFormat.Markdown ? $"\n{MarkdownText.Escape(line)}\n" : $"\n{line}\n");
        }
    }

    public void WriteJson(ReportContext context, Utf8JsonWriter writer)
    {
        var analysis = new BottleneckAnalysis(context.Graph);
        var labels = new NodeLabels(context.Graph);
        var (detailed, rest) = Detailed(context);
        // The targets past the budget are listed too, marked as not analysed rather than given an empty list.
        IReadOnlyList<TargetChokepointsJson> json =
        [
            .. detailed.Select(t => new TargetChokepointsJson(context.Graph[t].Id, [.. analysis.ChokepointsOf(t, PerTarget).Select(c => ChokepointJson.From(c, labels))], null)),
            .. rest.Select(t => new TargetChokepointsJson(context.Graph[t].Id, null, false)),
        ];
        JsonSerializer.Serialize(writer, json, CliJsonContext.Default.IReadOnlyListTargetChokepointsJson);
    }

    private static (List<int> Detailed, List<int> Others) Detailed(ReportContext context)
    {
        var detailed = new List<int>();
        var rest = new List<int>();
        long nodes = 0;
        foreach (var t in context.Targets)
        {
            if (rest.Count > 0)
            {
                rest.Add(t);
                continue;
            }

            nodes += Upstream.Of(context.Graph.Topology, t).Count;
            if (detailed.Count > 0 && nodes > MaxUpstreamNodes)
            {
                rest.Add(t);
            }
            else
            {
                detailed.Add(t);
            }
        }

        return (detailed, rest);
    }
}
