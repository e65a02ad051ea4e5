using System.CommandLine;
using System.Globalization;
using ChipChain.Analysis.Risk;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Output;

namespace ChipChain.Cli.Commands;

/// <summary>
/// <c>chipchain risk [FILE] --target ID [--method auto|exact|montecarlo] [--samples N] [--seed S]</c> plus the
/// probability options: how likely the target is to be unavailable over the horizon, and which candidates drive it.
/// </summary>
internal sealed class RiskCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        var target = AnalysisOptions.RequiredTarget();
        var method = ChoiceOptions.Create(
            "--method", "auto (exact within its limits, else Monte Carlo), exact or montecarlo.", RiskMethod.Auto, ("auto", RiskMethod.Auto), ("exact", RiskMethod.Exact), ("montecarlo", RiskMethod.MonteCarlo));
        method.Aliases.Add("-m");
        var samples = new Option<int>("--samples", "-n")
        {
            Description = "Monte Carlo samples (default 100000).",
            DefaultValueFactory = _ => RiskOptions.DefaultSamples,
            CustomParser = NumberOptions.Parser<int>(
                "--samples", n => n is >= 1 and <= RiskOptions.MaxSamples, string.Create(CultureInfo.InvariantCulture, $"--samples must be from 1 to {RiskOptions.MaxSamples}")),
        };
        var seed = NumberOptions.Create<ulong>("--seed", "Monte Carlo seed: the same seed gives the same estimate on any machine (default 1).", 1);
        var top = AnalysisOptions.Top();
        var probabilities = new ProbabilityOptions();
        var command = new Command("risk", "Risk: the probability that a target is unavailable over the horizon, and the importance of each supplier (Birnbaum, Fussell-Vesely, RAW, RRW).")
        {
            file, format, target, method, samples, seed, top,
        };
        foreach (var option in probabilities.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var graph = GraphSource.Load(parse.GetValue(file));
            var id = graph[Targets.Node(graph, parse.GetValue(target)!, "--target")].Id;
            var options = new RiskOptions
            {
                Method = parse.GetValue(method),
                Samples = parse.GetValue(samples),
                Seed = parse.GetValue(seed),
            };
            var result = CliProgress.Run($"computing the risk of {id}", () => RiskAnalysis.Compute(graph, id, probabilities.Resolve(parse, graph), options));
            Write(environment.Out, parse.GetValue(format), graph, result, options.Seed, parse.GetValue(top));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter writer, OutputFormat format, Model.SupplyGraph graph, RiskResult result, ulong seed, int top)
    {
        var labels = new NodeLabels(graph);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(writer, RiskOutput.Json(result, labels, top), RiskJsonContext.Default.RiskJson);
            return;
        }

        var rows = AnalysisOptions.Take(result.Importance, top);
        if (format == OutputFormat.Csv)
        {
            var csv = new TextTable("target", NodeLabels.Header("target"), "method", "probability", "low95", "high95", "id", "name", "country", "p", "birnbaum", "fussellVesely", "raw", "rrw");
            var method = result.Method == RiskMethod.Exact ? "exact" : "montecarlo";
            foreach (var i in rows)
            {
                csv.Add(
                    result.Target,
                    labels.Name(result.Target),
                    method,
                    Number(result.Probability),
                    result.Confidence95 is { } ci ? Number(ci.Low) : string.Empty,
                    result.Confidence95 is { } c ? Number(c.High) : string.Empty,
                    i.Id,
                    labels.Name(i.Id),
                    graph.GetNode(i.Id).Country ?? string.Empty,
                    Number(i.Probability),
                    Number(i.Birnbaum),
                    Number(i.FussellVesely),
                    Number(i.RiskAchievementWorth),
                    Number(i.RiskReductionWorth));
            }

            csv.Write(writer, format);
            return;
        }

        var summary = RiskOutput.Summary(result, labels, seed);
        writer.Write(format == OutputFormat.Markdown ? $"- {MarkdownText.Escape(summary)}\n\n" : summary + "\n\n");
        if (result.Importance.Count > 0)
        {
            RiskOutput.Table(graph, rows, labels).Write(writer, format);
        }
    }

    /// <summary>Full precision for CSV (round-trippable), <c>inf</c> for an infinite worth.</summary>
    private static string Number(double value) => double.IsPositiveInfinity(value) ? "inf" : value.ToString("R", CultureInfo.InvariantCulture);
}
