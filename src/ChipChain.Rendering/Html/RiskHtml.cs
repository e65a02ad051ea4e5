using System.Globalization;
using System.Text;
using ChipChain.Analysis.Risk;
using ChipChain.Model;
using static ChipChain.Rendering.Svg.XmlText;

namespace ChipChain.Rendering.Html;

/// <summary>
/// A target's risk in the report (docs/risk.md): the probability that it is unavailable and the top of the importance
/// ranking. Only for graphs that state some <c>failureProbability</c>, as in <c>chipchain report</c>; the numbers are
/// written as <c>chipchain risk</c> writes them.
/// </summary>
internal static class RiskHtml
{
    /// <summary>How many candidates of the ranking are listed.</summary>
    public const int Ranked = 10;

    /// <summary>The Monte Carlo samples where the exact method is out of reach (as the CLI report's risk section).</summary>
    public const int Samples = 20_000;

    /// <summary>Whether the report shows risk: some node states a probability, else every figure echoes the default.</summary>
    public static bool Applies(SupplyGraph graph) => graph.Nodes.Any(n => n.FailureProbability is not null);

    public static RiskResult Compute(SupplyGraph graph, string target) =>
        RiskAnalysis.Compute(graph, target, options: new RiskOptions { Samples = Samples });

    public static void Write(StringBuilder sb, SupplyGraph graph, RiskResult risk)
    {
        sb.Append("<div class=\"risk\">\n<h3>Risk</h3>\n");
        var how = risk.Confidence95 is { } ci
            ? $"Monte Carlo over {Count(risk.Samples)} samples, 95 % CI [{Probability(ci.Low)}, {Probability(ci.High)}]"
            : $"exact, over {Count(risk.Candidates)} failure candidates";
        sb.Append($"<p class=\"risk-p\">P(unavailable) = <b>{Probability(risk.Probability)}</b> <small>({Escape(how)}; candidates without failureProbability count as 0.01, failing independently)</small></p>\n");
        var top = risk.Importance.Take(Ranked).ToList();
        if (top.Count > 0)
        {
            sb.Append("<table><thead><tr><th>candidate</th><th class=\"num\">p</th><th class=\"num\">Fussell–Vesely</th><th class=\"num\">RAW</th><th class=\"num\">Birnbaum</th></tr></thead><tbody>\n");
            foreach (var i in top)
            {
                var node = graph.GetNode(i.Id);
                sb.Append($"<tr><td><button type=\"button\" class=\"node-ref link-ref\" data-node=\"{Escape(node.Id)}\" title=\"{Escape(node.Id)}\">{Escape(node.DisplayName)}</button></td>");
                sb.Append($"<td class=\"num\">{Probability(i.Probability)}</td><td class=\"num\">{Probability(i.FussellVesely)}</td><td class=\"num\">{Worth(i.RiskAchievementWorth)}</td><td class=\"num\">{Probability(i.Birnbaum)}</td></tr>\n");
            }

            sb.Append("</tbody></table>\n");
        }

        sb.Append("</div>\n");
    }

    private static string Probability(double p) =>
        p == 0 || p >= 0.001 ? p.ToString("0.0000", CultureInfo.InvariantCulture) : p.ToString("0.00E+0", CultureInfo.InvariantCulture);

    private static string Worth(double w) => double.IsPositiveInfinity(w) ? "inf" : w.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
