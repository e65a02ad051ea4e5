using System.CommandLine;
using ChipChain.Cli.Infrastructure;
using ChipChain.Export;
using ChipChain.IO;
using ChipChain.Model;

namespace ChipChain.Cli.Commands;

/// <summary>
/// <c>chipchain export [FILE] --format graphml|openpsa [--target ID] -o OUT</c>: the graph as GraphML, or a target's
/// fault tree as Open-PSA MEF XML for standard fault-tree tools. Files are written atomically.
/// </summary>
internal sealed class ExportCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var format = ChoiceOptions.CreateRequired(
            "--format",
            "graphml (the whole graph) or openpsa (the fault tree of --target, Open-PSA MEF 2.0).",
            ("graphml", ExportFormat.GraphMl),
            ("openpsa", ExportFormat.OpenPsa));
        format.Aliases.Add("-f");
        var target = CommonOptions.Target("openpsa: the node whose unavailability is the top event (default: the graph's only product or sink).");
        var output = CommonOptions.Output("The file to write (atomically).");
        output.Required = true;
        var defaultProbability = new Option<double?>("--default-probability")
        {
            Description = $"openpsa: the probability of nodes without failureProbability (default {OpenPsaOptions.StandardDefaultProbability}).",
            CustomParser = NumberOptions.NullableParser<double>("--default-probability"),
        };
        var noProbabilities = new Option<bool>("--no-probabilities") { Description = "openpsa: write basic events without probabilities (qualitative analysis only)." };
        var maxGates = new Option<int?>("--max-gates")
        {
            Description = $"openpsa: refuse a tree of more gates than this (default {OpenPsaOptions.DefaultMaxGates}; cycles multiply them, see docs/limits.md).",
            CustomParser = NumberOptions.NullableParser<int>("--max-gates"),
        };
        var command = new Command("export", "Export the graph as GraphML, or a target's fault tree as Open-PSA MEF XML.")
        {
            file, format, target, output, defaultProbability, noProbabilities, maxGates,
        };
        command.SetAction(parse =>
        {
            var kind = parse.GetValue(format);
            var path = parse.GetValue(output)!;
            if (kind == ExportFormat.GraphMl && (parse.GetValue(target) is not null || parse.GetValue(defaultProbability) is not null || parse.GetValue(noProbabilities) || parse.GetValue(maxGates) is not null))
            {
                throw new CliUsageException("--target, --default-probability, --no-probabilities and --max-gates apply to --format openpsa only");
            }

            if (parse.GetValue(maxGates) is < 1 and var m)
            {
                throw new CliUsageException($"--max-gates must be at least 1, got {m}");
            }

            if (parse.GetValue(defaultProbability) is { } p && !(p >= 0 && p <= 1))
            {
                throw new CliUsageException($"--default-probability must be between 0 and 1, got {p.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            if (parse.GetValue(defaultProbability) is not null && parse.GetValue(noProbabilities))
            {
                throw new CliUsageException("--default-probability and --no-probabilities exclude each other");
            }

            OutputPaths.Check("--output", path, parse.GetValue(file));
            var graph = GraphSource.Load(parse.GetValue(file));
            if (kind == ExportFormat.GraphMl)
            {
                AtomicFile.Write(path, s => GraphMLWriter.Write(graph, s), environment.Cancellation);
                environment.Out.Write($"wrote {path}: {graph.NodeCount} nodes, {graph.Links.Count} links (graphml)\n");
                return ExitCodes.Success;
            }

            var t = TargetOf(graph, parse.GetValue(target));
            var options = new OpenPsaOptions
            {
                IncludeProbabilities = !parse.GetValue(noProbabilities),
                DefaultProbability = parse.GetValue(defaultProbability) ?? OpenPsaOptions.StandardDefaultProbability,
                MaxGates = parse.GetValue(maxGates) ?? OpenPsaOptions.DefaultMaxGates,
            };
            var id = graph[t].Id;
            AtomicFile.Write(path, s => OpenPsaWriter.Write(graph, id, s, options), environment.Cancellation);
            environment.Out.Write($"wrote {path}: fault tree of '{id}' unavailable, top gate {OpenPsaNames.NodeGate(id)} (openpsa)\n");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int TargetOf(SupplyGraph graph, string? id)
    {
        if (id is not null)
        {
            return Targets.Node(graph, id, "--target");
        }

        var defaults = graph.DefaultTargets();
        return defaults.Count == 1
            ? defaults[0]
            : throw new CliUsageException($"--format openpsa needs --target ID: the graph has {defaults.Count} possible targets ({string.Join(", ", defaults.Take(5).Select(i => graph[i].Id))}{(defaults.Count > 5 ? ", ..." : string.Empty)})");
    }
}
