using System.CommandLine;
using System.Globalization;
using ChipChain.Cli.Infrastructure;
using ChipChain.Snapshot;

namespace ChipChain.Cli.Commands;

/// <summary>
/// <c>chipchain pack [FILE] -o OUT.ccg</c>: writes the graph as a binary snapshot (docs/format.md) that every command
/// opens without parsing JSON or rebuilding the topology; written atomically.
/// </summary>
internal sealed class PackCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var output = CommonOptions.Output("The snapshot file to write (.ccg, written atomically).");
        output.Required = true;
        var command = new Command("pack", "Write the graph as a binary snapshot (.ccg) that opens fast; every command reads it like JSON.") { file, output };
        command.SetAction(parse =>
        {
            var graph = GraphSource.Load(parse.GetValue(file));
            var path = parse.GetValue(output)!;
            SupplyGraphSnapshot.Save(graph, path);
            var size = new FileInfo(path).Length;
            environment.Out.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: {graph.NodeCount} nodes, {graph.LinkCount} links, {graph.Topology.ItemCount} items, {size} bytes (snapshot version {SupplyGraphSnapshot.Version})\n"));
            return ExitCodes.Success;
        });
        return command;
    }
}
