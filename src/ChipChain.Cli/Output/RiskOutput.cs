using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChipChain.Analysis.Risk;
using ChipChain.Model;

namespace ChipChain.Cli.Output;

/// <summary>How a <see cref="RiskResult"/> reads: one summary line, the ranked importance table and the JSON contract of docs/risk.md.</summary>
internal static class RiskOutput
{
    /// <summary>A probability: four decimals, or scientific notation below 0.001 so a small risk never reads as 0.</summary>
    public static string Probability(double p) =>
        p == 0 || p >= 0.001 ? p.ToString("0.0000", CultureInfo.InvariantCulture) : p.ToString("0.00E+0", CultureInfo.InvariantCulture);

    /// <summary>A worth (a ratio ≥ 1), or ∞.</summary>
    public static string Worth(double w) => double.IsPositiveInfinity(w) ? "inf" : w.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"P(unavailable) = … (exact …)" or "… 95 % CI […] (Monte Carlo …)".</summary>
    public static string Summary(RiskResult r, NodeLabels labels, ulong seed)
    {
        var head = $"{labels.Label(r.Target)}: P(unavailable) = {Probability(r.Probability)}";
        if (r.Method == RiskMethod.Exact)
        {
            return $"{head} (exact: decision diagram over {NumberText.Count(r.Candidates)} failure candidates)";
        }

        var ci = r.Confidence95!;
        var why = r.ExactRefusal is null ? string.Empty : $"; auto chose Monte Carlo: {r.ExactRefusal}";
        return $"{head}, 95 % CI [{Probability(ci.Low)}, {Probability(ci.High)}] (Monte Carlo: {NumberText.Count(r.Samples)} samples, seed {seed.ToString(CultureInfo.InvariantCulture)}, {NumberText.Count(r.Candidates)} failure candidates{why})";
    }

    /// <summary>The ranked importance table (id and name, country, own probability, the four measures).</summary>
    public static TextTable Table(SupplyGraph graph, IEnumerable<RiskImportance> rows, NodeLabels labels)
    {
        var table = new TextTable("rank>", "id", "name", "country", "p>", "Birnbaum>", "F-V>", "RAW>", "RRW>");
        var rank = 0;
        foreach (var i in rows)
        {
            table.Add(
                NumberText.Count(++rank),
                i.Id,
                labels.Name(i.Id),
                graph.GetNode(i.Id).Country ?? string.Empty,
                Probability(i.Probability),
                Probability(i.Birnbaum),
                Probability(i.FussellVesely),
                Worth(i.RiskAchievementWorth),
                Worth(i.RiskReductionWorth));
        }

        return table;
    }

    /// <summary>The JSON contract: target, method, probability, confidence95 (Monte Carlo only), importance.</summary>
    public static RiskJson Json(RiskResult r, NodeLabels labels, int top) => new(
        r.Target,
        r.Method == RiskMethod.Exact ? "exact" : "montecarlo",
        r.Probability,
        r.Confidence95 is { } ci ? [ci.Low, ci.High] : null,
        (top > 0 ? r.Importance.Take(top) : r.Importance)
            .Select(i => new RiskImportanceJson(i.Id, labels.NameOrNull(i.Id), i.Birnbaum, i.FussellVesely, Finite(i.RiskAchievementWorth), Finite(i.RiskReductionWorth)))
            .ToList());

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}

/// <summary>The JSON of one target's risk (docs/risk.md).</summary>
internal sealed record RiskJson(
    string Target,
    string Method,
    double Probability,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<double>? Confidence95,
    IReadOnlyList<RiskImportanceJson> Importance);

/// <summary>One candidate's importance in JSON; an infinite worth is null.</summary>
internal sealed record RiskImportanceJson(string Id, string? Name, double Birnbaum, double FussellVesely, double? Raw, double? Rrw);

/// <summary>Source-generated serialisation of risk results.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(RiskJson))]
[JsonSerializable(typeof(List<RiskJson>))]
internal sealed partial class RiskJsonContext : JsonSerializerContext;
