using System.CommandLine;
using ChipChain.Cli.Infrastructure;
using ChipChain.IO;
using ChipChain.Import;
using ChipChain.Json;

namespace ChipChain.Cli.Commands;

/// <summary>
/// <c>chipchain import eto DIR -o OUT.json [--subtypes all|any]</c> and <c>chipchain import csv FILE -o OUT.json</c>:
/// convert a dataset to chipchain/1, warnings on stderr (one line each, with file and line), output written atomically.
/// </summary>
internal sealed class ImportCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var command = new Command("import", "Convert a dataset to a chipchain/1 graph: 'import eto DIR' (ETO/CSET chip supply chain CSVs) or 'import csv FILE' (an edge list).");
        command.Subcommands.Add(Eto(environment));
        command.Subcommands.Add(Csv(environment));
        return command;
    }

    private static Command Eto(CliEnvironment environment)
    {
        var directory = new Argument<string>("DIR") { Description = "The folder with the dataset's inputs.csv, providers.csv, provision.csv and sequence.csv." };
        var output = Output();
        var subtypes = ChoiceOptions.Create(
            "--subtypes", "How an input with subtypes depends on them: all (default: every lithography type is needed) or any.", SubtypeRequirement.All, ("all", SubtypeRequirement.All), ("any", SubtypeRequirement.Any));
        var command = new Command("eto", "Import the ETO/CSET Advanced Semiconductor Supply Chain Dataset (CC BY-NC 4.0: cite it where you use the result).") { directory, output, subtypes };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(directory)!;
            OutputPaths.Check("--output", parse.GetValue(output), [.. EtoImport.Files.Select(f => Path.Combine(folder, f))]);
            var result = EtoImport.Run(folder, new EtoImportOptions { Subtypes = parse.GetValue(subtypes) });
            return Save(environment, result, parse.GetValue(output));
        });
        return command;
    }

    private static Command Csv(CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV edge list: supplier,consumer[,item][,share] plus optional node columns (see docs)." };
        var output = Output();
        var command = new Command("csv", "Import a CSV edge list (supplier, consumer, item, share; optional supplier_/consumer_ name, kind, country).") { file, output };
        command.SetAction(parse =>
        {
            OutputPaths.Check("--output", parse.GetValue(output), parse.GetValue(file));
            return Save(environment, EdgeListImport.Run(parse.GetValue(file)!), parse.GetValue(output));
        });
        return command;
    }

    private static Option<string> Output() => new("--output", "-o")
    {
        Description = "The chipchain/1 file to write (atomically).",
        Required = true,
    };

    private static int Save(CliEnvironment environment, ImportResult result, string? path)
    {
        foreach (var warning in result.Warnings)
        {
            environment.Error.Write(DisplayText.Clip(warning.ToString(), DisplayText.MaximumLineLength) + "\n");
        }

        AtomicFile.Write(path!, s => SupplyGraphJson.Write(result.Graph, s), environment.Cancellation);
        var g = result.Graph;
        environment.Out.Write($"{path}: wrote {g.NodeCount} nodes, {g.Links.Count} links; {result.Warnings.Count} warning(s)\n");
        return ExitCodes.Success;
    }
}
