using System.Globalization;
using ChipChain.Rendering.Text;
using ChipChain.Analysis.Bottlenecks;

namespace ChipChain.Cli.Output;

/// <summary>Text, Markdown and CSV renderings of bottleneck reports.</summary>
internal static class BottleneckTables
{
    public static TextTable Chokepoints(IEnumerable<(string Target, Chokepoint Chokepoint)> rows, bool withTarget, NodeLabels labels)
    {
        var headers = new List<string>();
        if (withTarget)
        {
            headers.AddRange(["target", NodeLabels.Header("target")]);
        }

        headers.AddRange(["rank>", "item", NodeLabels.Header("item"), "consumers", "suppliers>", "top supplier", "HHI>", "countries to 75%>", "level", "why"]);
        var table = new TextTable([.. headers]);
        var rank = 0;
        string? last = null;
        foreach (var (target, c) in rows)
        {
            rank = string.Equals(target, last, StringComparison.Ordinal) ? rank + 1 : 1;
            last = target;
            var row = c.Row;
            var cells = new List<string>();
            if (withTarget)
            {
                cells.AddRange([target, labels.Name(target)]);
            }

            cells.AddRange(
            [
                Count(rank),
                row.Item,
                labels.Name(row.Item),
                labels.List(row.Consumers, max: 3),
                Count(row.SupplierCount),
                $"{labels.Label(row.TopSupplier.Id)} {Percent(row.TopSupplier.Value)}",
                ChokepointHhi(row.Hhi),
                Count(row.CountriesTo75),
                LevelName(row.Level),
                ChokepointText.Why(labels.Graph, c),
            ]);
            table.Add([.. cells]);
        }

        return table;
    }

    public static void WriteText(TextWriter writer, BottleneckReport report, OutputFormat format, NodeLabels labels)
    {
        var markdown = format == OutputFormat.Markdown;
        var heading = labels.Label(report.Target);
        writer.Write(markdown ? $"### {MarkdownText.Escape(heading)}\n\n" : $"-- {heading} --\n\n");
        Chokepoints(report.Chokepoints.Select(c => (report.Target, c)), withTarget: false, labels).Write(writer, format);
        writer.Write('\n');
        var facts = new TextTable("fact", "value");
        var cut = report.MinimumCut;
        facts.Add("minimum cut", cut.Count == 0 ? "none (only the target's own failure stops it)" : $"{cut.Count}: {labels.List(cut)}{(report.MinimumCutComplete ? string.Empty : " (search stopped at its limit; may not be minimum)")}");
        facts.Add("country single points of failure", List(report.CountrySinglePointsOfFailure));
        facts.Add("minimum country cut", List(report.CountryMinimumCut) + (report.CountryCutComplete ? string.Empty : " (search stopped at its limit; may not be minimum)"));
        var central = List(report.Betweenness.Take(5).Select(s => $"{labels.Label(s.Id)} {s.Value.ToString("0.####", CultureInfo.InvariantCulture)}"));
        facts.Add("most central upstream nodes", report.BetweennessComplete
            ? central
            : $"{central} (estimated from {NumberText.Count(report.BetweennessSources)} of {NumberText.Count(report.BetweennessSourcesTotal)} upstream nodes as sources)");
        foreach (var b in report.Capacity)
        {
            var binding = string.Join(", ", b.Binding.Select(l => l.Consumer is null ? $"{labels.Label(l.Node)} {Number(l.Capacity)}" : $"{labels.Label(l.Node)} -> {labels.Label(l.Consumer)} {Number(l.Capacity)}"));
            facts.Add($"capacity of {labels.Label(b.Item)} into {labels.Label(b.Consumer)}", $"{Number(b.MaximumFlow)}{(b.Unit is null ? string.Empty : " " + b.Unit)}, bound by {binding}");
        }

        facts.Write(writer, format);
    }

    /// <summary>The concentration level as the outputs name it: high, medium or low.</summary>
    public static string LevelName(ConcentrationLevel level) => level switch
    {
        ConcentrationLevel.High => "high",
        ConcentrationLevel.Medium => "medium",
        _ => "low",
    };

    public static string ChokepointHhi(double hhi) =>
        Math.Round(hhi, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

    private static string List(IEnumerable<string> values)
    {
        var text = string.Join(", ", values);
        return text.Length == 0 ? "none" : text;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
