using System.CommandLine;
using System.Globalization;
using ChipChain.Cli.Infrastructure;
using ChipChain.Generation;
using ChipChain.IO;
using ChipChain.Json;

namespace ChipChain.Cli.Commands;

/// <summary>
/// <c>chipchain generate --nodes N [--seed S] [--avg-suppliers K] [--cycles F] [--any F] -o OUT.json</c>: writes a
/// synthetic supply graph (for benchmarks and experiments), streamed and atomically.
/// </summary>
internal sealed class GenerateCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var defaults = new SyntheticGraphOptions(SyntheticGraphOptions.MinimumNodes);
        var nodes = new Option<int>("--nodes", "-n")
        {
            Description = "The number of nodes (at least 6).",
            Required = true,
            CustomParser = NumberOptions.Parser<int>("--nodes"),
        };
        var seed = NumberOptions.Create("--seed", "The seed: the same options always give the same graph.", defaults.Seed, "-s");
        var suppliers = NumberOptions.Create("--avg-suppliers", "Links per node on average (links ≈ this × nodes).", defaults.AverageSuppliers);
        var cycles = NumberOptions.Create("--cycles", "The fraction of links that run back up the tiers, closing cycles (0..0.5).", defaults.CycleFraction);
        var any = NumberOptions.Create("--any", "The fraction of nodes that are 'requires: any' markets (0..1; 1 = every node).", defaults.AnyFraction);
        var output = CommonOptions.Output("The graph file to write (chipchain/1 JSON, written atomically).");
        output.Required = true;
        var command = new Command("generate", "Write a synthetic supply graph: tiers, alternative suppliers with skewed shares, long-tailed degrees, cycles.")
        {
            nodes, seed, suppliers, cycles, any, output,
        };
        command.SetAction(parse =>
        {
            var options = new SyntheticGraphOptions(parse.GetValue(nodes))
            {
                Seed = parse.GetValue(seed),
                AverageSuppliers = parse.GetValue(suppliers),
                CycleFraction = parse.GetValue(cycles),
                AnyFraction = parse.GetValue(any),
            };
            Check(options.Nodes >= SyntheticGraphOptions.MinimumNodes, $"--nodes must be at least {SyntheticGraphOptions.MinimumNodes} (one node per tier)");
            Check(options.Nodes <= SyntheticGraphOptions.MaximumNodes, $"--nodes must be at most {SyntheticGraphOptions.MaximumNodes}");
            Check(options.AverageSuppliers is > 0 and <= SyntheticGraphOptions.MaximumAverageSuppliers, $"--avg-suppliers must be more than 0 and at most {SyntheticGraphOptions.MaximumAverageSuppliers}");
            Check(options.CycleFraction is >= 0 and <= SyntheticGraphOptions.MaximumCycleFraction, $"--cycles must be between 0 and {SyntheticGraphOptions.MaximumCycleFraction}");
            Check(options.AnyFraction is >= 0 and <= 1, "--any must be between 0 and 1");
            var path = parse.GetValue(output)!;
            OutputPaths.Check("--output", path);
            var graph = SyntheticGraphGenerator.Generate(options);
            AtomicFile.Write(path, s => SupplyGraphJson.Write(graph, s), environment.Cancellation);
            environment.Out.Write(string.Create(CultureInfo.InvariantCulture, $"{path}: {graph.NodeCount} nodes, {graph.Links.Count} links, {graph.Topology.ItemCount} items (seed {options.Seed})\n"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Check(bool ok, string message)
    {
        if (!ok)
        {
            throw new CliUsageException(message);
        }
    }
}
