using System.CommandLine;
using ChipChain.Analysis;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Output;
using ChipChain.Cli.Output.Json;
using ChipChain.Model;

namespace ChipChain.Cli.Commands;

/// <summary><c>chipchain criticality [FILE] [--by node|country] [--top N]</c>: what each node or country stops, ranked.</summary>
internal sealed class CriticalityCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        var by = ChoiceOptions.Create(
            "--by", "What fails: each node alone, or all nodes of a country together (node|country).", CriticalityGrouping.Node, ("node", CriticalityGrouping.Node), ("country", CriticalityGrouping.Country));
        var top = AnalysisOptions.Top();
        var command = new Command("criticality", "Blast radius: the targets and nodes each node (or country) stops, ranked.") { file, format, by, top };
        command.SetAction(parse =>
        {
            var graph = GraphSource.Load(parse.GetValue(file));
            var grouping = parse.GetValue(by);
            var ranking = Criticality.Rank(graph, grouping);
            var rows = AnalysisOptions.Take(ranking.Ranking, parse.GetValue(top)).ToList();
            var output = parse.GetValue(format);
            var byName = grouping == CriticalityGrouping.Country ? "country" : "node";
            var labels = new NodeLabels(graph);
            string? Name(string id) => grouping == CriticalityGrouping.Country ? CountryCodes.EnglishName(id) : labels.NameOrNull(id);
            if (output == OutputFormat.Json)
            {
                var json = new CriticalityJson(byName, [.. rows.Select(e => new CriticalityEntryJson(e.Id, Name(e.Id), e.StoppedTargets, e.StoppedNodes))]);
                JsonOutput.Write(environment.Out, json, CliJsonContext.Default.CriticalityJson);
                return ExitCodes.Success;
            }

            var table = new TextTable("rank>", byName, NodeLabels.Header(byName), "targets>", "nodes>", "stopped targets");
            var rank = 0;
            foreach (var entry in rows)
            {
                table.Add(
                    NumberText.Count(++rank),
                    entry.Id,
                    grouping == CriticalityGrouping.Country ? Name(entry.Id) ?? string.Empty : labels.Name(entry.Id),
                    NumberText.Count(entry.StoppedTargets.Count),
                    NumberText.Count(entry.StoppedNodes),
                    labels.List(entry.StoppedTargets));
            }

            table.Write(environment.Out, output);
            return ExitCodes.Success;
        });
        return command;
    }
}
