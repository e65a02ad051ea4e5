using System.Text.Json;
using ChipChain.Analysis.Risk;
using ChipChain.Cli.Output;

namespace ChipChain.Cli.Report;

/// <summary>
/// The report's risk: for each target, the probability that it is unavailable and the candidates that drive it most
/// (by Fussell–Vesely). Present only when some node states <c>failureProbability</c>; the others get the standard
/// default (0.01). Auto method, with <see cref="Samples"/> Monte Carlo samples where exact is out of reach, so a large
/// graph's report stays bounded; <c>chipchain risk</c> takes more.
/// </summary>
internal sealed class RiskSection : IReportSection
{
    /// <summary>How many drivers the report names per target.</summary>
    public const int Drivers = 3;

    /// <summary>The Monte Carlo samples per target when exact is out of reach.</summary>
    public const int Samples = 20_000;

    public string Key => "risk";

    public string Title => "Risk";

    /// <summary>Whether the graph states any probability: otherwise every number would be the default's echo.</summary>
    public bool AppliesTo(ReportContext context) => context.Graph.Nodes.Any(n => n.FailureProbability is not null);

    public void Write(ReportContext context, TextWriter writer, OutputFormat format)
    {
        var labels = new NodeLabels(context.Graph);
        var table = new TextTable("target", NodeLabels.Header("target"), "P(unavailable)>", "method", "main drivers (Fussell-Vesely)");
        foreach (var r in Results(context))
        {
            var how = r.Confidence95 is { } ci ? $"Monte Carlo, 95 % CI [{RiskOutput.Probability(ci.Low)}, {RiskOutput.Probability(ci.High)}]" : "exact";
            var drivers = string.Join(", ", r.Importance.Take(Drivers).Where(i => i.FussellVesely > 0).Select(i => $"{labels.Label(i.Id)} {RiskOutput.Probability(i.FussellVesely)}"));
            table.Add(r.Target, labels.Name(r.Target), RiskOutput.Probability(r.Probability), how, drivers.Length == 0 ? "none" : drivers);
        }

        table.Write(writer, format);
        var line = "Candidates without failureProbability count as 0.01; failures are independent over the horizon (docs/risk.md). 'chipchain risk --target ID' ranks every candidate.";
        writer.Write(format == OutputFormat.Markdown ? $"\n{MarkdownText.Escape(line)}\n" : $"\n{line}\n");
    }

    public void WriteJson(ReportContext context, Utf8JsonWriter writer)
    {
        var labels = new NodeLabels(context.Graph);
        JsonSerializer.Serialize(writer, Results(context).Select(r => RiskOutput.Json(r, labels, Drivers)).ToList(), RiskJsonContext.Default.ListRiskJson);
    }

    private static IEnumerable<RiskResult> Results(ReportContext context) =>
        context.Targets.Select(t => RiskAnalysis.Compute(context.Graph, context.Graph[t].Id, RiskProbabilities.Standard, new RiskOptions { Samples = Samples }));
}
