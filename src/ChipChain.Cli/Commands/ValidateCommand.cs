using System.CommandLine;
using ChipChain.Cli.Infrastructure;
using ChipChain.Snapshot;
using ChipChain.Validation;

namespace ChipChain.Cli.Commands;

/// <summary><c>chipchain validate [FILE]</c>: every error and warning, one line each; exit 2 on errors.</summary>
internal sealed class ValidateCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var command = new Command("validate", "Check a graph file: errors (exit 2) and warnings (exit 0), one line each.") { file };
        command.SetAction(parse =>
        {
            var result = GraphSource.Read(parse.GetValue(file), includeWarnings: true);
            var ordered = result.Diagnostics
                .OrderBy(d => d.Position?.Line ?? 0)
                .ThenBy(d => d.Position?.Column ?? 0)
                .ToList();
            foreach (var diagnostic in ordered)
            {
                environment.Error.Write(diagnostic.Format(result.File) + "\n");
            }

            var errors = ordered.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warnings = ordered.Count - errors;
            if (errors > 0)
            {
                environment.Error.Write($"{result.File}: {errors} error(s), {warnings} warning(s)\n");
                return ExitCodes.BadInput;
            }

            var g = result.Graph!;
            var what = result.IsSnapshot ? $"valid chipchain snapshot (version {SupplyGraphSnapshot.Version}, no source positions)" : "valid chipchain/1 graph";
            environment.Out.Write($"{result.File}: {what}: {g.NodeCount} nodes, {g.Links.Count} links, {g.Topology.ItemCount} items; {warnings} warning(s)\n");
            return ExitCodes.Success;
        });
        return command;
    }
}
