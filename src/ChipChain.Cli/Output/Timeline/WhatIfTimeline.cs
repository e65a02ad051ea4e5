using System.CommandLine;
using System.Globalization;
using ChipChain.Analysis.Scenarios;
using ChipChain.Analysis.Timeline;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Output.Json;
using ChipChain.Model;

namespace ChipChain.Cli.Output.Timeline;

/// <summary>
/// The timeline <c>whatif --weeks D [--horizon H]</c> adds (docs/time.md): the failed nodes stay down for their
/// durations and buffers delay the stop downstream. Without either option the untimed output is written unchanged.
/// </summary>
internal static class WhatIfTimeline
{
    public static void Write(
        TextWriter writer,
        ParseResult parse,
        TimelineCliOptions options,
        OutputFormat format,
        SupplyGraph graph,
        Scenario scenario,
        ScenarioOutcome outcome,
        Action writeUntimed)
    {
        if (!options.Given(parse))
        {
            writeUntimed();
            return;
        }

        if (scenario.Cuts.Count > 0 || scenario.Degradations.Any(d => d.Level > 0))
        {
            throw new CliUsageException("--weeks and --horizon time failures only: cuts and partial degradations are not timed (docs/time.md)");
        }

        var timeline = TimelineAnalysis.Run(graph, outcome.Failed, options.Resolve(parse) with { Durations = scenario.Durations });
        var labels = new NodeLabels(graph);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(writer, TimedWhatIfJson.From(WhatIfJson.From(outcome, labels), timeline, labels, graph.DefaultTargetIds().ToHashSet(StringComparer.Ordinal)), TimelineJsonContext.Default.TimedWhatIfJson);
            return;
        }

        var targets = graph.DefaultTargetIds().ToHashSet(StringComparer.Ordinal);
        var rows = timeline.Nodes.Where(n => targets.Contains(n.Id)).ToList();

        // Targets whose level falls without stopping (a lost share of a dual source) get a row of their own.
        var reduced = timeline.OutputLost.Keys.Where(id => targets.Contains(id) && timeline.Find(id) is null).Order(StringComparer.Ordinal).ToList();
        if (format == OutputFormat.Csv)
        {
            var csv = new TextTable("id", "name", "target", "firstWeek", "lastWeek", "weeksDown", "strip", "outputLostWeeks");
            foreach (var n in timeline.Nodes)
            {
                csv.Add(n.Id, labels.Name(n.Id), targets.Contains(n.Id) ? "yes" : string.Empty, Number(n.FirstWeek), Number(n.LastWeek), Number(n.WeeksDown), WeekStrip.Of(n.Spans, timeline.Horizon), Lost(timeline, n.Id));
            }

            csv.Write(writer, format);
            return;
        }

        writeUntimed();
        var bullet = format == OutputFormat.Markdown ? "- " : string.Empty;
        writer.Write($"\n{bullet}Timeline over {Number(timeline.Horizon)} weeks (weeks 0 to {Number(timeline.Horizon - 1)}): {Number(timeline.Nodes.Count)} node(s) down at least one week, {Number(rows.Count)} of them target(s)\n");
        if (rows.Count == 0 && reduced.Count == 0)
        {
            return;
        }

        if (reduced.Count > 0)
        {
            writer.Write($"{bullet}Reduced without stopping: {Number(reduced.Count)} target(s)\n");
        }

        writer.Write($"{bullet}Strip: {WeekStrip.Legend(timeline.Horizon)}; output lost: weeks of full output lost, Σ (1 − supply level) over the weeks\n\n");
        var table = new TextTable("id", "name", "stops", "resumes", "weeks lost", "output lost", "strip");
        foreach (var n in rows)
        {
            var resumes = n.LastWeek + 1 < timeline.Horizon ? $"week {Number(n.LastWeek + 1)}" : "not within the horizon";
            table.Add(n.Id, labels.Name(n.Id), $"week {Number(n.FirstWeek)}", resumes, Number(n.WeeksDown), Lost(timeline, n.Id), WeekStrip.Of(n.Spans, timeline.Horizon));
        }

        foreach (var id in reduced)
        {
            table.Add(id, labels.Name(id), "-", "-", "0", Lost(timeline, id), WeekStrip.Of([], timeline.Horizon));
        }

        table.Write(writer, format);
    }

    private static string Lost(TimelineResult timeline, string id) => LostWeeks.Text(timeline.OutputLost.GetValueOrDefault(id));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
