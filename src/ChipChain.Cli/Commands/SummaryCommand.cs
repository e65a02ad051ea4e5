using System.CommandLine;
using ChipChain.Cli.Infrastructure;
using ChipChain.Analysis;
using ChipChain.Cli.Output;
using ChipChain.Cli.Output.Json;
using ChipChain.Cli.Report;

namespace ChipChain.Cli.Commands;

/// <summary><c>chipchain summary [FILE]</c>: counts by kind and country, sources, sinks, products, cycles.</summary>
internal sealed class SummaryCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown);
        var command = new Command("summary", "Counts by kind and country, sources, sinks, products and cycles.") { file, format };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            var graph = GraphSource.Load(path);
            var context = new ReportContext(graph, graph.DefaultTargets(), path ?? GraphSource.SampleName);
            var section = new SummarySection(detailed: true);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(environment.Out, SummaryJson.From(GraphSummary.Of(graph)), CliJsonContext.Default.SummaryJson);
            }
            else
            {
                section.Write(context, environment.Out, parse.GetValue(format));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
