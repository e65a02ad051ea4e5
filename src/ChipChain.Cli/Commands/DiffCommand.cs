using System.CommandLine;
using System.Text.Json;
using ChipChain.Analysis.Diff;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Output;
using ChipChain.Model;

namespace ChipChain.Cli.Commands;

/// <summary>
/// <c>chipchain diff OLD NEW [--target ID] [--share-tolerance X] [--fail-on spof-added]</c>: what changed between two
/// graphs (JSON or snapshots) and what that did to each target's single points of failure, cut sets, chokepoints and
/// exposure.
/// </summary>
internal sealed class DiffCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var oldFile = new Argument<string>("OLD") { Description = "The old graph: chipchain/1 JSON or a .ccg snapshot." };
        var newFile = new Argument<string>("NEW") { Description = "The new graph: chipchain/1 JSON or a .ccg snapshot." };
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        var target = CommonOptions.Target("The target node id, in either graph (default: every product, else every sink, of either graph).");
        var tolerance = new Option<double>("--share-tolerance")
        {
            Description = $"The smallest move of a link's effective share that is reported, 0..1 (default {GraphDiffOptions.DefaultShareTolerance}).",
            DefaultValueFactory = _ => GraphDiffOptions.DefaultShareTolerance,
        };
        var failOn = CommonOptions.FailOn("spof-added", "a target gained a single point of failure");
        var command = new Command("diff", "Compare two graphs: nodes, links and shares that changed, and single points of failure, cut sets, chokepoints and exposure gained or lost per target.")
        {
            oldFile, newFile, format, target, tolerance, failOn,
        };
        command.SetAction(parse =>
        {
            var shareTolerance = parse.GetValue(tolerance);
            if (!(shareTolerance is >= 0 and <= 1))
            {
                throw new CliUsageException($"--share-tolerance must be between 0 and 1, got {shareTolerance.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            var before = GraphSource.Load(parse.GetValue(oldFile));
            var after = GraphSource.Load(parse.GetValue(newFile));
            var targetId = parse.GetValue(target);
            if (targetId is not null && !before.Contains(targetId) && !after.Contains(targetId))
            {
                // Suggest from the new graph, the one a user is most likely looking at.
                Targets.Node(after, targetId, "--target");
            }

            var diff = GraphDiff.Compare(before, after, new GraphDiffOptions
            {
                Targets = targetId is null ? null : [targetId],
                ShareTolerance = shareTolerance,
            });
            var output = parse.GetValue(format);
            if (output == OutputFormat.Json)
            {
                JsonOutput.Write(environment.Out, w =>
                {
                    if (targetId is not null)
                    {
                        JsonSerializer.Serialize(w, DiffJsonContext.From(diff.Targets[0]), DiffJsonContext.Default.TargetDiffDto);
                    }
                    else
                    {
                        JsonSerializer.Serialize(w, DiffJsonContext.From(diff), DiffJsonContext.Default.DiffDto);
                    }
                });
            }
            else
            {
                new DiffText(before, after, output).Write(environment.Out, diff, parse.GetValue(oldFile)!, parse.GetValue(newFile)!, shareTolerance);
            }

            return parse.GetValue(failOn) is not null && diff.Targets.Any(t => t.SpofAdded.Count > 0) ? ExitCodes.Found : ExitCodes.Success;
        });
        return command;
    }
}
