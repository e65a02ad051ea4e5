using System.CommandLine;
using ChipChain.Analysis;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Output;
using ChipChain.Cli.Output.Json;

namespace ChipChain.Cli.Commands;

/// <summary><c>chipchain exposure [FILE] --target ID [--top N]</c>: the share of the target's supply lost when each upstream node fails alone.</summary>
internal sealed class ExposureCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        var target = AnalysisOptions.RequiredTarget();
        var top = AnalysisOptions.Top();
        var command = new Command("exposure", "Volume at risk: the share of the target's supply lost when each upstream node fails alone, ranked.") { file, format, target, top };
        command.SetAction(parse =>
        {
            var graph = GraphSource.Load(parse.GetValue(file));
            var t = Targets.Node(graph, parse.GetValue(target)!, "--target");
            var result = Exposure.Compute(graph, t);
            var rows = AnalysisOptions.Take(result.Exposure, parse.GetValue(top)).ToList();
            var output = parse.GetValue(format);
            var labels = new NodeLabels(graph);
            if (output == OutputFormat.Json)
            {
                var json = new ExposureJson(result.Target, [.. rows.Select(e => new ExposureEntryJson(e.Id, labels.NameOrNull(e.Id), e.Value))]);
                JsonOutput.Write(environment.Out, json, CliJsonContext.Default.ExposureJson);
                return ExitCodes.Success;
            }

            if (output != OutputFormat.Csv)
            {
                var heading = $"Exposure of {labels.Label(result.Target)} to each of its {result.Exposure.Count} upstream nodes";
                environment.Out.Write(output == OutputFormat.Markdown ? $"### {MarkdownText.Escape(heading)}\n\n" : heading + "\n\n");
            }

            var table = new TextTable("rank>", "id", "name", "loss>");
            var rank = 0;
            foreach (var entry in rows)
            {
                table.Add(NumberText.Count(++rank), entry.Id, labels.Name(entry.Id), NumberText.Percent(entry.Value));
            }

            table.Write(environment.Out, output);
            return ExitCodes.Success;
        });
        return command;
    }
}
