using System.Globalization;
using System.Text;
using ChipChain.Rendering.Text;
using ChipChain.Analysis;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;
using static ChipChain.Rendering.Svg.XmlText;

namespace ChipChain.Rendering.Html;

/// <summary>The report's static sections: one per target (shown when selected) and the graph's summary. Readable without the script.</summary>
internal static class ReportSections
{
    public static void WriteTarget(StringBuilder sb, SupplyGraph graph, TargetReport target, bool selected)
    {
        var node = graph.GetNode(target.Id);
        sb.Append($"<section class=\"card target-view\" data-target=\"{Escape(target.Id)}\"{(selected ? string.Empty : " hidden")}>\n");
        sb.Append($"<h2>Where {NodeRef(node, "heading-ref")} breaks</h2>\n");
        sb.Append("<div class=\"tiles\">\n");
        Tile(sb, "spof", target.SinglePointsOfFailure.Count, "single points of failure", "one failure alone stops it");
        Tile(sb, "cutset", target.CutSets.Count, "order-2 cut sets", "pairs that stop it together");
        Tile(sb, "choke", target.CriticalChokepoints, "sole-supplier chokepoints", "single suppliers it cannot do without");
        sb.Append("</div>\n");

        sb.Append("<div class=\"columns\">\n<div>\n<h3>Single points of failure</h3>\n");
        if (target.SinglePointsOfFailure.Count == 0)
        {
            sb.Append("<p class=\"empty\">None: no single failure stops it.</p>\n");
        }
        else
        {
            sb.Append("<ul class=\"chips\">\n");
            foreach (var id in target.SinglePointsOfFailure)
            {
                var spof = graph.GetNode(id);
                var where = spof.Country is { } c ? $" <small>{Escape(c)}</small>" : string.Empty;
                sb.Append($"<li>{NodeRef(spof, "chip spof")}{where}</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("</div>\n<div>\n<h3>Order-2 minimal cut sets</h3>\n");
        if (target.CutSets.Count == 0)
        {
            sb.Append("<p class=\"empty\">None: no pair of failures stops it that a single one does not already.</p>\n");
        }
        else
        {
            sb.Append("<table class=\"pairs\"><tbody>\n");
            foreach (var (first, second) in target.CutSets)
            {
                sb.Append($"<tr><td>{NodeRef(graph.GetNode(first), "chip cutset")}</td><td class=\"plus\">+</td><td>{NodeRef(graph.GetNode(second), "chip cutset")}</td></tr>\n");
            }

            sb.Append("</tbody></table>\n");
        }

        sb.Append("</div>\n</div>\n");
        WriteChokepoints(sb, graph, target);
        if (target.Risk is { } risk)
        {
            RiskHtml.Write(sb, graph, risk);
        }

        sb.Append("</section>\n");
    }

    private static void WriteChokepoints(StringBuilder sb, SupplyGraph graph, TargetReport target)
    {
        sb.Append("<h3>Top chokepoints</h3>\n");
        if (target.Chokepoints.Count == 0)
        {
            sb.Append("<p class=\"empty\">None: no concentrated supply upstream.</p>\n");
            return;
        }

        sb.Append("<div class=\"table-wrap\"><table class=\"chokepoints\"><thead><tr><th class=\"num\">#</th><th>item</th><th>consumers</th><th class=\"num\">suppliers</th><th>top supplier</th><th class=\"num\">HHI</th><th>level</th><th>why</th></tr></thead><tbody>\n");
        var rank = 0;
        foreach (var c in target.Chokepoints)
        {
            var row = c.Row;
            var consumers = string.Join(", ", row.Consumers.Take(3).Select(id => NodeRef(graph.GetNode(id), "link-ref")));
            if (row.Consumers.Count > 3)
            {
                consumers += $" <small>+{row.Consumers.Count - 3} more</small>";
            }

            var level = row.Level.ToString().ToLowerInvariant();
            sb.Append(c.IsCritical ? "<tr class=\"critical\">" : "<tr>");
            sb.Append($"<td class=\"num\">{++rank}</td><td><code>{Escape(row.Item)}</code></td><td>{consumers}</td><td class=\"num\">{row.SupplierCount}</td>");
            sb.Append($"<td>{NodeRef(graph.GetNode(row.TopSupplier.Id), "link-ref")} <small>{Percent(row.TopSupplier.Value)}</small></td>");
            // The same words and numbers as the CLI's table: the level ("high", never "critical"), HHI as "10 000".
            sb.Append($"<td class=\"num\">{Math.Round(row.Hhi, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ')}</td>");
            sb.Append($"<td><span class=\"badge {level}\">{level}</span></td><td class=\"why\">{Escape(ChokepointText.Why(graph, c))}</td></tr>\n");
        }

        sb.Append("</tbody></table></div>\n");
    }

    public static void WriteSummary(StringBuilder sb, SupplyGraph graph)
    {
        var summary = GraphSummary.Of(graph);
        sb.Append("<section class=\"card summary\">\n<h2>The graph</h2>\n<div class=\"columns three\">\n");
        Counts(sb, "Nodes by kind", summary.ByKind);
        Counts(sb, "Nodes by country", summary.ByCountry);
        sb.Append("<div>\n<h3>Supply loops</h3>\n");
        if (summary.Cycles.Count == 0)
        {
            sb.Append("<p class=\"empty\">None.</p>\n");
        }
        else
        {
            sb.Append("<ul class=\"plain\">\n");
            foreach (var cycle in summary.Cycles)
            {
                sb.Append($"<li>{string.Join(", ", cycle.Select(id => NodeRef(graph.GetNode(id), "link-ref")))}</li>\n");
            }

            sb.Append("</ul>\n");
        }

        if (graph.Metadata.Sources.Count > 0)
        {
            // Sources are named, not linked: the report must not point the reader's browser anywhere.
            sb.Append("<h3>Sources</h3>\n<ul class=\"plain sources\">\n");
            foreach (var source in graph.Metadata.Sources)
            {
                sb.Append($"<li>{Escape(source.Title ?? source.Id)}</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("</div>\n</div>\n</section>\n");
    }

    private static void Counts(StringBuilder sb, string title, IReadOnlyList<KeyValuePair<string, int>> counts)
    {
        sb.Append($"<div>\n<h3>{Escape(title)}</h3>\n<table class=\"counts\"><tbody>\n");
        var max = counts.Count == 0 ? 1 : counts.Max(c => c.Value);
        foreach (var (key, value) in counts)
        {
            var width = Math.Round(100.0 * value / max, 1).ToString("0.#", CultureInfo.InvariantCulture);
            sb.Append($"<tr><td>{Escape(key)}</td><td class=\"num\">{value}</td><td class=\"bar\"><i style=\"width:{width}%\"></i></td></tr>\n");
        }

        sb.Append("</tbody></table>\n</div>\n");
    }

    private static void Tile(StringBuilder sb, string kind, int value, string label, string hint) =>
        sb.Append($"<div class=\"tile {kind}\"><b>{HtmlReportWriter.Count(value)}</b><span>{Escape(label)}</span><small>{Escape(hint)}</small></div>\n");

    /// <summary>A button naming a node; the script shows the node's details when it is clicked.</summary>
    private static string NodeRef(Node node, string cls) =>
        $"<button type=\"button\" class=\"node-ref {cls}\" data-node=\"{Escape(node.Id)}\" title=\"{Escape(node.Id)}\">{Escape(node.DisplayName)}</button>";

    private static string Percent(double share) =>
        Math.Round(share * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
