using ChipChain.Analysis;
using ChipChain.Cli.Commands;
using ChipChain.Cli.Infrastructure;

namespace ChipChain.Cli;

/// <summary>Every command of the tool, in the order help lists them.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new ReportCommand(),
        new ValidateCommand(),
        new SummaryCommand(),
        new BottlenecksCommand(),
        new SpofCommand(),
        new CutSetsCommand(),
        new CriticalityCommand(),
        new ExposureCommand(),
        new RiskCommand(),
        new WhatIfCommand(),
        new ResilienceCommand(),
        new DiffCommand(),
        new ImportCommand(),
        new RenderCommand(),
        new ExportCommand(),
        new DependenciesCommand(DependencyDirection.Upstream),
        new DependenciesCommand(DependencyDirection.Downstream),
        new GenerateCommand(),
        new PackCommand(),
    ];
}
