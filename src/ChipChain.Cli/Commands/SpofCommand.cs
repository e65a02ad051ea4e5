using System.CommandLine;
using ChipChain.Analysis;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Output;
using ChipChain.Cli.Output.Json;
using ChipChain.Model;

namespace ChipChain.Cli.Commands;

/// <summary><c>chipchain spof [FILE] [--target ID]</c>: the nodes whose failure alone stops each target.</summary>
internal sealed class SpofCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        var target = CommonOptions.Target();
        var failOn = CommonOptions.FailOn("spof", "a target has a single point of failure");
        var command = new Command("spof", "Single points of failure: the nodes whose failure alone stops a target.") { file, format, target, failOn };
        command.SetAction(parse =>
        {
            var graph = GraphSource.Load(parse.GetValue(file));
            var targetId = parse.GetValue(target);
            var targets = Targets.Resolve(graph, targetId);
            var sets = SinglePointsOfFailure.Compute(graph, targets);
            var output = parse.GetValue(format);
            if (output == OutputFormat.Json)
            {
                var perTarget = targets.Select(t => new SpofTargetJson(graph[t].Id, [.. Spofs(graph, sets, t).Select(SpofNodeJson.From)])).ToList();
                JsonOutput.WritePerTarget(environment.Out, targetId is not null, perTarget, CliJsonContext.Default.SpofTargetJson, CliJsonContext.Default.TargetsJsonSpofTargetJson);
            }
            else if (output == OutputFormat.Csv)
            {
                var labels = new NodeLabels(graph);
                var table = new TextTable("target", NodeLabels.Header("target"), "id", "name", "kind", "country");
                foreach (var t in targets)
                {
                    foreach (var node in Spofs(graph, sets, t))
                    {
                        table.Add(graph[t].Id, labels.Name(graph[t].Id), node.Id, node.Name ?? string.Empty, node.Kind ?? string.Empty, node.Country ?? string.Empty);
                    }
                }

                table.Write(environment.Out, output);
            }
            else
            {
                WriteText(environment.Out, output, graph, sets, targets);
            }

            return parse.GetValue(failOn) is not null && targets.Any(t => sets.For(t).Count > 0) ? ExitCodes.Found : ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter writer, OutputFormat output, SupplyGraph graph, StopSets sets, IReadOnlyList<int> targets)
    {
        var labels = new NodeLabels(graph);
        var first = true;
        foreach (var t in targets)
        {
            if (!first)
            {
                writer.Write('\n');
            }

            first = false;
            var spofs = Spofs(graph, sets, t);
            var heading = $"{labels.Label(graph[t].Id)}: {spofs.Count} single point(s) of failure";
            writer.Write(output == OutputFormat.Markdown ? $"### {MarkdownText.Escape(heading)}\n\n" : heading + "\n");
            if (spofs.Count == 0)
            {
                continue;
            }

            if (output == OutputFormat.Text)
            {
                writer.Write('\n');
            }

            var table = new TextTable("id", "name", "kind", "country");
            foreach (var node in spofs)
            {
                table.Add(node.Id, node.Name ?? string.Empty, node.Kind ?? string.Empty, node.Country ?? string.Empty);
            }

            table.Write(writer, output);
        }
    }

    private static List<Node> Spofs(SupplyGraph graph, StopSets sets, int target) =>
        sets.For(target).Select(i => graph[i]).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
}
