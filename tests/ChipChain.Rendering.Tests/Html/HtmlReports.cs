using System.Text.Json;
using System.Text.RegularExpressions;
using ChipChain.Model;
using ChipChain.Rendering.Html;
using ChipChain.Rendering.Layout;

namespace ChipChain.Rendering.Tests.Html;

/// <summary>Renders reports with the built-in layout and picks them apart for the tests.</summary>
internal static partial class HtmlReports
{
    private const string DataOpen = "<script type=\"application/json\" id=\"report-data\">";

    public static string Render(SupplyGraph graph, HtmlReportOptions? options = null, DiagramFocus? focus = null)
    {
        var diagram = DiagramGraph.From(graph, focus ?? DiagramFocus.None);
        return HtmlReportWriter.Write(diagram, LayeredLayout.Compute(diagram), options ?? HtmlReportOptions.Default);
    }

    /// <summary>The raw text of the embedded data block.</summary>
    public static string DataText(string html)
    {
        var start = html.IndexOf(DataOpen, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "the report embeds its data");
        start += DataOpen.Length;
        return html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
    }

    /// <summary>The raw text of the what-if engine's graph block.</summary>
    public static string ModelText(string html)
    {
        const string open = "<script type=\"application/json\" id=\"report-model\">";
        var start = html.IndexOf(open, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "the report embeds the graph for its what-if engine");
        start += open.Length;
        return html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
    }

    public static JsonElement Data(string html)
    {
        using var document = JsonDocument.Parse(DataText(html));
        return document.RootElement.Clone();
    }

    public static JsonElement Target(JsonElement data, string id) =>
        data.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("id").GetString() == id);

    public static JsonElement Node(JsonElement data, string id) =>
        data.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == id);

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>The static section of one target (from its opening tag to its closing tag).</summary>
    public static string Section(string html, string escapedTarget)
    {
        var start = html.IndexOf($"<section class=\"card target-view\" data-target=\"{escapedTarget}\"", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"the report has a section for {escapedTarget}");
        return html[start..(html.IndexOf("</section>", start, StringComparison.Ordinal) + "</section>".Length)];
    }

    /// <summary>The values of every src, href, action and similar attribute, and every CSS url(...).</summary>
    public static IEnumerable<string> References(string html) =>
        ReferencePattern().Matches(html).Select(m => m.Groups["value"].Value);

    [GeneratedRegex("""(?:\b(?:src|href|action|formaction|poster|srcset|xlink:href)\s*=\s*["']?|url\(\s*["']?|@import\s+["'])(?<value>[^"')\s>]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ReferencePattern();
}
