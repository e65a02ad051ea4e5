using ChipChain.Analysis.Scenarios;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Output;
using ChipChain.IO;
using ChipChain.Rendering;
using ChipChain.Rendering.Html;
using ChipChain.Rendering.Layout;

namespace ChipChain.Cli.Commands;

/// <summary>
/// <c>chipchain report --format html -o FILE [--target ID] [--scenario F]</c>: the interactive report with every
/// target's analyses and the what-if panel. Above <see cref="RenderCommand.ReadableNodeLimit"/> nodes the diagram is
/// the selected target's critical view; the analyses and the what-if engine still cover the whole graph.
/// </summary>
internal static class HtmlReportOutput
{
    public static int Write(CliEnvironment environment, OutputFormat format, string? file, string? target, string? output, string? scenarioPath)
    {
        if (format != OutputFormat.Html)
        {
            throw new CliUsageException("--output and --scenario are for --format html");
        }

        if (output is null)
        {
            throw new CliUsageException("--format html needs --output FILE");
        }

        OutputPaths.Check("--output", output, file);
        var graph = GraphSource.Load(file);
        if (target is not null)
        {
            Targets.Node(graph, target, "--target");
        }

        Scenario? scenario = null;
        if (scenarioPath is not null)
        {
            scenario = ScenarioJson.Load(scenarioPath);
            foreach (var id in scenario.FailedNodes.Concat(scenario.Degradations.Select(d => d.Id)))
            {
                Targets.Node(graph, id, "the scenario");
            }

            // The page shows what the command line would: a scenario that cannot run is an error here, not in the page.
            WhatIf.Run(graph, scenario);
        }

        var selected = target ?? graph.DefaultTargetIds().FirstOrDefault();
        var view = graph.NodeCount > RenderCommand.ReadableNodeLimit && selected is not null
            ? DiagramView.Critical(selected)
            : DiagramView.Full;
        var diagram = DiagramGraph.From(graph, DiagramFocus.None, view);
        var options = new HtmlReportOptions { Target = target, MaxTargets = int.MaxValue, Scenario = scenario };
        var html = HtmlReportWriter.Write(diagram, LayeredLayout.Compute(diagram), options);
        AtomicFile.WriteText(output, html, environment.Cancellation);
        var drawn = view.Kind == DiagramViewKind.Critical ? $" (diagram: the critical view of {selected}, {diagram.NodeCount} of {graph.NodeCount} nodes)" : string.Empty;
        environment.Out.Write($"wrote {output}: {graph.NodeCount} nodes, {graph.Links.Count} links{drawn}\n");
        return ExitCodes.Success;
    }
}
