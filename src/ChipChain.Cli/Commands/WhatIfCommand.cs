using System.CommandLine;
using System.Globalization;
using ChipChain.Analysis.Scenarios;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Output;
using ChipChain.Cli.Output.Json;
using ChipChain.Cli.Output.Timeline;
using ChipChain.Model;

namespace ChipChain.Cli.Commands;

/// <summary>
/// <c>chipchain whatif [FILE] [--fail ID]... [--fail-country CC]... [--cut SC:CC[:ITEM]]... [--degrade ID=LEVEL]...
/// [--scenario F]</c>: the targets and nodes a scenario stops and every level that drops.
/// </summary>
internal sealed class WhatIfCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        var fail = Many("--fail", "A node that fails (repeatable).");
        var failCountry = Many("--fail-country", "A country code whose nodes all fail (repeatable; an alpha-3 code or English name is converted; market nodes without a country are not included).");
        var cut = Many("--cut", "Cut the deliveries SUPPLIER_COUNTRY:CONSUMER_COUNTRY[:ITEM], direct or through markets (repeatable), e.g. NL:CN or NL:CN:arf-immersion-lithography.");
        var degrade = Many("--degrade", "Run a node at a reduced level ID=LEVEL, LEVEL 0..1 (repeatable; 0 is a failure).");
        var failOn = CommonOptions.FailOn("stopped", "the scenario stops a target");
        var scenarioFile = new Option<string?>("--scenario", "-s") { Description = "A JSON scenario file (see graphs/scenario.schema.json); combined with the flags." };
        var timeline = new TimelineCliOptions();
        var command = new Command("whatif", "What-if: fail nodes or countries, cut links between countries, degrade nodes; report what stops and which levels drop.")
        {
            file, format, fail, failCountry, cut, degrade, scenarioFile, failOn, timeline.Weeks, timeline.Horizon,
        };
        command.SetAction(parse =>
        {
            var scenario = new Scenario
            {
                FailedNodes = parse.GetValue(fail) ?? [],
                FailedCountries = parse.GetValue(failCountry) ?? [],
                Cuts = (parse.GetValue(cut) ?? []).Select(ParseCut).ToList(),
                Degradations = (parse.GetValue(degrade) ?? []).Select(ParseDegradation).ToList(),
            };
            if (parse.GetValue(scenarioFile) is { } path)
            {
                scenario = scenario.CombineWith(ScenarioJson.Load(path));
            }

            if (scenario.IsEmpty)
            {
                throw new CliUsageException("nothing to simulate: give --fail, --fail-country, --cut, --degrade or --scenario");
            }

            var graph = GraphSource.Load(parse.GetValue(file));
            foreach (var id in scenario.FailedNodes.Concat(scenario.Degradations.Select(d => d.Id)).Concat(scenario.Durations.Keys))
            {
                Targets.Node(graph, id, "the scenario");
            }

            scenario = WithCountryCodes(graph, scenario);
            var outcome = WhatIf.Run(graph, scenario);
            WhatIfTimeline.Write(environment.Out, parse, timeline, parse.GetValue(format), graph, scenario, outcome, () => Write(environment.Out, parse.GetValue(format), graph, scenario, outcome));
            return parse.GetValue(failOn) is not null && outcome.StoppedTargets.Count > 0 ? ExitCodes.Found : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Countries as the graph writes them: a value some node has is kept; otherwise an alpha-3 code or a country name
    /// (<c>TWN</c>, <c>Taiwan</c>, <c>tw</c>) becomes its alpha-2 code, so <c>--fail-country Taiwan</c> fails the TW nodes.
    /// </summary>
    private static Scenario WithCountryCodes(SupplyGraph graph, Scenario scenario)
    {
        var present = graph.Nodes.Select(n => n.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        string Code(string country) => !present.Contains(country) && CountryCodes.TryToAlpha2(country, out var alpha2) ? alpha2 : country;
        return new Scenario
        {
            Name = scenario.Name,
            Description = scenario.Description,
            FailedNodes = scenario.FailedNodes,
            FailedCountries = scenario.FailedCountries.Select(Code).ToList(),
            Cuts = scenario.Cuts.Select(c => new LinkCutFilter(Code(c.SupplierCountry), Code(c.ConsumerCountry), c.Item) { SupplierKind = c.SupplierKind, ConsumerKind = c.ConsumerKind }).ToList(),
            Degradations = scenario.Degradations,
            Durations = scenario.Durations,
        };
    }

    private static Option<string[]> Many(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };

    private static LinkCutFilter ParseCut(string text)
    {
        var parts = text.Split(':', 3);
        if (parts.Length < 2 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new CliUsageException($"--cut '{text}': expected SUPPLIER_COUNTRY:CONSUMER_COUNTRY[:ITEM], e.g. NL:CN");
        }

        return new LinkCutFilter(parts[0], parts[1], parts.Length == 3 ? parts[2] : null);
    }

    private static NodeDegradation ParseDegradation(string text)
    {
        var at = text.LastIndexOf('=');
        if (at <= 0 || !double.TryParse(text.AsSpan(at + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var level) || !(level >= 0 && level <= 1))
        {
            throw new CliUsageException($"--degrade '{text}': expected ID=LEVEL with LEVEL from 0 to 1, e.g. tsmc=0.5");
        }

        return new NodeDegradation(text[..at], level);
    }

    private static void Write(TextWriter writer, OutputFormat format, SupplyGraph graph, Scenario scenario, ScenarioOutcome outcome)
    {
        var labels = new NodeLabels(graph);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(writer, WhatIfJson.From(outcome, labels), CliJsonContext.Default.WhatIfJson);
            return;
        }

        if (format != OutputFormat.Csv)
        {
            var markdown = format == OutputFormat.Markdown;
            var bullet = markdown ? "- " : string.Empty;
            string Text(string value) => markdown ? MarkdownText.Escape(value) : value;
            writer.Write($"{bullet}Scenario: {Text(Describe(scenario, labels))}\n");
            var deliveries = outcome.CutDeliveries > 0 ? $"; deliveries through markets cut: {outcome.CutDeliveries}" : string.Empty;
            writer.Write($"{bullet}Failed directly: {outcome.Failed.Count} node(s); links cut: {outcome.CutLinks}{deliveries}\n");
            if (outcome.FailedStructure.Count > 0)
            {
                writer.Write($"{bullet}Failed as asked, though structure that cannot fail on its own (a market, a category, a process step): {Text(List(outcome.FailedStructure, labels))}\n");
            }

            writer.Write($"{bullet}Stopped targets ({outcome.StoppedTargets.Count}): {Text(List(outcome.StoppedTargets, labels))}\n");
            writer.Write($"{bullet}Stopped without failing ({outcome.Stopped.Count}): {Text(List(outcome.Stopped, labels))}\n");
            writer.Write($"{bullet}Levels dropped: {outcome.Levels.Count} node(s)\n\n");
        }

        var failed = outcome.Failed.ToHashSet(StringComparer.Ordinal);
        var stopped = outcome.Stopped.ToHashSet(StringComparer.Ordinal);
        var targets = outcome.StoppedTargets.ToHashSet(StringComparer.Ordinal);
        foreach (var t in graph.DefaultTargets())
        {
            targets.Add(graph[t].Id);
        }

        var table = new TextTable("id", "name", "status", "target", "before>", "after>");
        foreach (var change in outcome.Levels)
        {
            var status = failed.Contains(change.Id) ? "failed" : stopped.Contains(change.Id) ? "stopped" : "reduced";
            table.Add(change.Id, labels.Name(change.Id), status, targets.Contains(change.Id) ? "yes" : string.Empty, NumberText.Level(change.Before), NumberText.Level(change.After));
        }

        table.Write(writer, format);
    }

    private static string Describe(Scenario s, NodeLabels labels)
    {
        var parts = new List<string>();
        if (s.Name is not null)
        {
            parts.Add(s.Name);
        }

        parts.AddRange(s.FailedNodes.Select(id => $"fail {labels.Label(id)}"));
        parts.AddRange(s.FailedCountries.Select(c => $"fail country {c}"));
        parts.AddRange(s.Cuts.Select(c => c.Item is null || c.SupplierKind is not null || c.ConsumerKind is not null ? $"cut {c}" : $"cut {c.SupplierCountry}:{c.ConsumerCountry}:{labels.Label(c.Item)}"));
        parts.AddRange(s.Degradations.Select(d => $"degrade {labels.Label(d.Id)}={NumberText.Level(d.Level)}"));
        return string.Join("; ", parts);
    }

    private static string List(IReadOnlyList<string> ids, NodeLabels labels) => ids.Count == 0 ? "none" : labels.List(ids);
}
