using System.CommandLine;
using ChipChain.Analysis;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Output;
using ChipChain.Cli.Output.Json;

namespace ChipChain.Cli.Commands;

/// <summary><c>chipchain cutsets [FILE] --target ID [--order K]</c>: the minimal sets of up to K nodes whose joint failure stops the target.</summary>
internal sealed class CutSetsCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        var target = AnalysisOptions.RequiredTarget();
        var order = new Option<int>("--order", "-k")
        {
            Description = $"The largest cut-set size, 1..{MinimalCutSets.MaxOrder} (default {MinimalCutSets.DefaultOrder}).",
            DefaultValueFactory = _ => MinimalCutSets.DefaultOrder,
            CustomParser = NumberOptions.Parser<int>("--order"),
        };
        var command = new Command("cutsets", "Minimal cut sets: every minimal set of up to K nodes whose joint failure stops the target.") { file, format, target, order };
        command.SetAction(parse =>
        {
            var k = parse.GetValue(order);
            if (k is < 1 or > MinimalCutSets.MaxOrder)
            {
                throw new CliUsageException($"--order must be between 1 and {MinimalCutSets.MaxOrder}, got {k}");
            }

            var graph = GraphSource.Load(parse.GetValue(file));
            var t = Targets.Node(graph, parse.GetValue(target)!, "--target");
            var result = MinimalCutSets.Compute(graph, t, k);
            var output = parse.GetValue(format);
            var labels = new NodeLabels(graph);
            if (output == OutputFormat.Json)
            {
                JsonOutput.Write(environment.Out, CutSetsJson.From(result), CliJsonContext.Default.CutSetsJson);
                return ExitCodes.Success;
            }

            if (output != OutputFormat.Csv)
            {
                var sizes = string.Join(", ", Enumerable.Range(1, k).Select(s => $"{result.CountOfSize(s)} of size {s}"));
                var heading = $"Minimal cut sets of {labels.Label(result.Target)} up to order {k}: {result.CutSets.Count} ({sizes})";
                environment.Out.Write(output == OutputFormat.Markdown ? $"### {MarkdownText.Escape(heading)}\n\n" : heading + "\n\n");
            }

            var table = new TextTable("size>", "cut set");
            foreach (var set in result.CutSets)
            {
                table.Add(NumberText.Count(set.Count), labels.List(set));
            }

            table.Write(environment.Out, output);
            return ExitCodes.Success;
        });
        return command;
    }
}
