using System.CommandLine;
using System.Globalization;
using ChipChain.Analysis;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Output;
using ChipChain.Cli.Output.Json;

namespace ChipChain.Cli.Commands;

/// <summary>
/// <c>chipchain upstream [FILE] ID [--depth N]</c> and <c>chipchain downstream [FILE] ID [--depth N]</c>: what a node
/// depends on, or who depends on it, tier by tier, each node with the item it connects through and one shortest path.
/// </summary>
internal sealed class DependenciesCommand(DependencyDirection direction) : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var upstream = direction == DependencyDirection.Upstream;
        var name = upstream ? "upstream" : "downstream";
        // FILE is optional and comes first, so both are read from one argument: one value is ID, two are FILE ID.
        var arguments = new Argument<string[]>("FILE ID")
        {
            Description = "The graph file, chipchain/1 JSON or a .ccg snapshot (default: the bundled sample), then the node id.",
            Arity = new ArgumentArity(1, 2),
        };
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        var depth = new Option<int?>("--depth", "-d") { Description = "List tiers 1..N only (default: all).", CustomParser = NumberOptions.NullableParser<int>("--depth") };
        var command = new Command(
            name,
            upstream ? "What a node depends on: its suppliers tier by tier, each with the item and one shortest path."
                     : "Who depends on a node: its consumers tier by tier, each with the item and one shortest path.")
        {
            arguments, format, depth,
        };
        command.SetAction(parse =>
        {
            var values = parse.GetValue(arguments)!;
            var (path, id) = values.Length == 2 ? (values[0], values[1]) : ((string?)null, values[0]);
            if (parse.GetValue(depth) is < 0)
            {
                throw new CliUsageException("--depth must be zero or more");
            }

            var graph = GraphSource.Load(path);
            Targets.Node(graph, id, "ID");
            var tree = Dependencies.Compute(graph, id, direction, parse.GetValue(depth));
            var output = parse.GetValue(format);
            var labels = new NodeLabels(graph);
            if (output == OutputFormat.Json)
            {
                JsonOutput.Write(environment.Out, DependencyTreeJson.From(tree, labels), CliJsonContext.Default.DependencyTreeJson);
                return ExitCodes.Success;
            }

            if (output != OutputFormat.Csv)
            {
                var heading = Heading(tree, labels);
                environment.Out.Write(output == OutputFormat.Markdown ? $"### {MarkdownText.Escape(heading)}\n\n" : heading + "\n\n");
            }

            var table = new TextTable("tier>", "id", "name", "item", NodeLabels.Header("item"), "via", NodeLabels.Header("via"), "path");
            foreach (var entry in tree.Entries)
            {
                table.Add(
                    NumberText.Count(entry.Tier),
                    entry.Id,
                    labels.Name(entry.Id),
                    entry.Item ?? string.Empty,
                    labels.Name(entry.Item),
                    entry.Via,
                    labels.Name(entry.Via),
                    PathDisplay.Text(entry, ids => labels.List(ids, separator: " -> ")));
            }

            table.Write(environment.Out, output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Heading(DependencyTree tree, NodeLabels labels)
    {
        var root = labels.Label(tree.Root);
        var what = tree.Direction == DependencyDirection.Upstream ? $"What {root} depends on" : $"Who depends on {root}";
        var limit = tree.MaxDepth is { } d ? $", depth {d.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        // A deep tree lists its first tiers only, so the heading stays one readable line.
        const int shownTiers = 12;
        var tiers = string.Join(", ", Enumerable.Range(1, Math.Min(tree.TierCount, shownTiers)).Select(t => $"tier {t}: {tree.Tier(t).Count()}"))
            + (tree.TierCount > shownTiers ? $", … ({NumberText.Count(tree.TierCount - shownTiers)} more tiers)" : string.Empty);
        var nodes = tree.Entries.Count == 1 ? "node" : "nodes";
        var tierWord = tree.TierCount == 1 ? "tier" : "tiers";
        return $"{what}{limit}: {tree.Entries.Count} {nodes} in {tree.TierCount} {tierWord}" + (tiers.Length > 0 ? $" ({tiers})" : string.Empty);
    }
}
