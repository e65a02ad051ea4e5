using System.CommandLine;
using System.Globalization;
using ChipChain.Analysis.Timeline;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Output;
using ChipChain.Cli.Output.Timeline;
using ChipChain.Model;

namespace ChipChain.Cli.Commands;

/// <summary>
/// <c>chipchain resilience [FILE] --target ID [--weeks D] [--horizon H]</c>: every failure candidate upstream of the
/// target fails alone for its duration; the candidates ranked by the weeks of the target's output they cost
/// (time to survive against time to recover, docs/time.md).
/// </summary>
internal sealed class ResilienceCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        var target = AnalysisOptions.RequiredTarget();
        var timeline = new TimelineCliOptions();
        var top = AnalysisOptions.Top();
        var command = new Command("resilience", "Resilience: each upstream supplier fails alone for its recovery time; rank them by the weeks of the target's output lost, given the stock on hand.")
        {
            file, format, target, timeline.Weeks, timeline.Horizon, top,
        };
        command.SetAction(parse =>
        {
            var graph = GraphSource.Load(parse.GetValue(file));
            var id = graph.Nodes[Targets.Node(graph, parse.GetValue(target)!, "--target")].Id;
            var result = ResilienceAnalysis.Rank(graph, id, timeline.Resolve(parse));
            Write(environment.Out, parse.GetValue(format), graph, result, parse.GetValue(top));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter writer, OutputFormat format, SupplyGraph graph, ResilienceResult result, int top)
    {
        var labels = new NodeLabels(graph);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(writer, ResilienceJson.From(result, labels, top), TimelineJsonContext.Default.ResilienceJson);
            return;
        }

        var rows = AnalysisOptions.Take(result.Ranking, top);
        if (format != OutputFormat.Csv)
        {
            var bullet = format == OutputFormat.Markdown ? "- " : string.Empty;
            writer.Write($"{bullet}Resilience of {labels.Label(result.Target)} over {Number(result.Horizon)} weeks\n");
            writer.Write($"{bullet}Failure candidates upstream: {Number(result.Candidates)}; stop it at least one week: {Number(result.Ranking.Count)}\n\n");
        }

        var table = format == OutputFormat.Csv
            ? new TextTable("target", NodeLabels.Header("target"), "id", "name", "weeksDown", "firstWeek", "duration", "outputLostWeeks")
            : new TextTable("id", "name", "weeks lost", "output lost", "stops in week", "down for");
        foreach (var e in rows)
        {
            if (format == OutputFormat.Csv)
            {
                table.Add(result.Target, labels.Name(result.Target), e.Id, labels.Name(e.Id), Number(e.WeeksDown), Number(e.FirstWeek), Number(e.Duration), LostWeeks.Text(e.OutputLostWeeks ?? e.WeeksDown));
            }
            else
            {
                table.Add(e.Id, labels.Name(e.Id), Number(e.WeeksDown), LostWeeks.Text(e.OutputLostWeeks ?? e.WeeksDown), Number(e.FirstWeek), $"{Number(e.Duration)} wk");
            }
        }

        table.Write(writer, format);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
