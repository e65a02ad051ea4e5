using System.CommandLine;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Output;
using ChipChain.Cli.Output.Json;

namespace ChipChain.Cli.Commands;

/// <summary><c>chipchain bottlenecks [FILE] [--target ID]</c>: ranked chokepoints, minimum cut, country dependence and centrality per target.</summary>
internal sealed class BottlenecksCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        var target = CommonOptions.Target();
        var failOn = CommonOptions.FailOn("sole-supplier", "a target cannot do without an item that has a single supplier");
        var command = new Command("bottlenecks", "Chokepoints upstream of each target, most critical first; minimum cut; country dependence; centrality.") { file, format, target, failOn };
        command.SetAction(parse =>
        {
            var graph = GraphSource.Load(parse.GetValue(file));
            var targetId = parse.GetValue(target);
            var targets = Targets.Resolve(graph, targetId);
            var analysis = new BottleneckAnalysis(graph);
            var reports = targets.Select(analysis.For).ToList();
            var output = parse.GetValue(format);
            var labels = new NodeLabels(graph);
            switch (output)
            {
                case OutputFormat.Json:
                    var perTarget = reports.Select(r => BottleneckReportJson.From(r, labels)).ToList();
                    JsonOutput.WritePerTarget(environment.Out, targetId is not null, perTarget, CliJsonContext.Default.BottleneckReportJson, CliJsonContext.Default.TargetsJsonBottleneckReportJson);
                    break;
                case OutputFormat.Csv:
                    BottleneckTables.Chokepoints(reports.SelectMany(r => r.Chokepoints.Select(c => (r.Target, c))), withTarget: true, labels).Write(environment.Out, output);
                    break;
                default:
                    for (var i = 0; i < reports.Count; i++)
                    {
                        if (i > 0)
                        {
                            environment.Out.Write('\n');
                        }

                        BottleneckTables.WriteText(environment.Out, reports[i], output, labels);
                    }

                    break;
            }

            return parse.GetValue(failOn) is not null && reports.Any(r => r.Chokepoints.Any(c => c.IsCritical)) ? ExitCodes.Found : ExitCodes.Success;
        });
        return command;
    }
}
