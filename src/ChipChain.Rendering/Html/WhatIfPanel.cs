using System.Buffers;
using System.Text;
using System.Text.Json;
using ChipChain.Analysis.Scenarios;
using ChipChain.Analysis.Timeline;
using ChipChain.Model;
using static ChipChain.Rendering.Svg.XmlText;

namespace ChipChain.Rendering.Html;

/// <summary>
/// The what-if panel's markup (controls with accessible names; the script fills the lists and results) and the
/// scenario the page opens with, as the JSON of a scenario file.
/// </summary>
internal static class WhatIfPanel
{
    public static void Write(StringBuilder sb, SupplyGraph graph)
    {
        var countries = graph.Nodes.Where(n => n.IsFailureCandidate).Select(n => n.Country).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var allCountries = graph.Nodes.Select(n => n.Country).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var items = graph.Links.Select(l => l.Item).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        sb.Append("<section class=\"card whatif\" id=\"whatif\" aria-labelledby=\"whatif-title\">\n<h2 id=\"whatif-title\">What if…</h2>\n");
        sb.Append("<p class=\"hint\">Computed in this page with the semantics of <code>chipchain whatif</code>: fail firms or countries, cut deliveries between countries (directly or through markets), run a node at a reduced level.</p>\n");
        sb.Append("<div class=\"wi-controls\">\n");
        sb.Append("<form class=\"wi-row\" id=\"wi-fail-form\"><label class=\"field\"><span>Fail node</span><input id=\"wi-fail-node\" list=\"wi-nodes\" placeholder=\"id or name\" autocomplete=\"off\" aria-label=\"Node to fail\"></label><button type=\"submit\">Fail</button></form>\n");
        sb.Append("<fieldset class=\"wi-countries\"><legend>Fail countries</legend>\n");
        foreach (var c in countries)
        {
            sb.Append($"<label class=\"toggle\"><input type=\"checkbox\" class=\"wi-country\" value=\"{Escape(c)}\"> {Escape(c)}</label>\n");
        }

        sb.Append("</fieldset>\n");
        sb.Append("<form class=\"wi-row\" id=\"wi-cut-form\"><label class=\"field\"><span>Cut from</span><select id=\"wi-cut-from\" aria-label=\"Supplier country\">");
        Options(sb, allCountries);
        sb.Append("</select></label><label class=\"field\"><span>to</span><select id=\"wi-cut-to\" aria-label=\"Consumer country\">");
        Options(sb, allCountries);
        sb.Append("</select></label><label class=\"field\"><span>item</span><input id=\"wi-cut-item\" list=\"wi-items\" placeholder=\"every item\" autocomplete=\"off\" aria-label=\"Item (optional)\"></label><button type=\"submit\">Cut</button></form>\n");
        sb.Append("<form class=\"wi-row\" id=\"wi-degrade-form\"><label class=\"field\"><span>Degrade</span><input id=\"wi-degrade-node\" list=\"wi-nodes\" placeholder=\"id or name\" autocomplete=\"off\" aria-label=\"Node to degrade\"></label><label class=\"field\"><span>to level</span><input id=\"wi-degrade-level\" type=\"number\" min=\"0\" max=\"1\" step=\"0.05\" value=\"0.5\" aria-label=\"Level from 0 to 1\"></label><button type=\"submit\">Degrade</button></form>\n");
        // The slider's last step is the whole horizon: today's untimed, permanent failures (docs/time.md).
        var horizon = TimelineOptions.DefaultHorizon;
        sb.Append($"<div class=\"wi-row wi-duration\"><label class=\"field\"><span>Failures last</span><input id=\"wi-weeks\" type=\"range\" min=\"1\" max=\"{horizon}\" value=\"{horizon}\" step=\"1\" aria-label=\"Weeks a failure lasts\"></label><output id=\"wi-weeks-text\" for=\"wi-weeks\"></output></div>\n");
        sb.Append("</div>\n<datalist id=\"wi-nodes\">\n");
        foreach (var node in graph.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            sb.Append($"<option value=\"{Escape(node.Id)}\">{Escape(node.DisplayName)}</option>\n");
        }

        sb.Append("</datalist>\n<datalist id=\"wi-items\">\n");
        foreach (var item in items)
        {
            sb.Append($"<option value=\"{Escape(item)}\"></option>\n");
        }

        sb.Append("</datalist>\n");
        sb.Append("<div class=\"wi-scenario\"><h3>Scenario</h3><ul class=\"chips\" id=\"wi-parts\"></ul>");
        sb.Append("<div class=\"wi-actions\"><button type=\"button\" id=\"wi-clear\">Clear</button><button type=\"button\" id=\"wi-copy\">Copy scenario JSON</button><button type=\"button\" id=\"wi-load\">Apply JSON below</button></div>\n");
        sb.Append("<label class=\"wi-json\"><span>Scenario file (<code>chipchain whatif --scenario FILE</code>)</span><textarea id=\"wi-json\" rows=\"4\" spellcheck=\"false\" aria-label=\"Scenario JSON\"></textarea></label>\n");
        sb.Append("<p class=\"wi-error\" id=\"wi-error\" role=\"alert\"></p></div>\n");
        sb.Append("<div class=\"wi-results\" id=\"wi-results\" aria-live=\"polite\"></div>\n</section>\n");
    }

    /// <summary>The scenario as the JSON object of a scenario file, safe inside a script element.</summary>
    public static string Json(Scenario scenario)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            if (scenario.Name is { } name)
            {
                w.WriteString("name", name);
            }

            Strings(w, "fail", scenario.FailedNodes);
            Strings(w, "failCountries", scenario.FailedCountries);
            w.WriteStartArray("cut");
            foreach (var c in scenario.Cuts)
            {
                w.WriteStartObject();
                w.WriteString("supplierCountry", c.SupplierCountry);
                w.WriteString("consumerCountry", c.ConsumerCountry);
                Optional(w, "item", c.Item);
                Optional(w, "supplierKind", c.SupplierKind);
                Optional(w, "consumerKind", c.ConsumerKind);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("degrade");
            foreach (var d in scenario.Degradations)
            {
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                w.WriteNumber("level", d.Level);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (scenario.Durations.Count > 0)
            {
                w.WriteStartObject("durations");
                foreach (var (id, weeks) in scenario.Durations)
                {
                    w.WriteNumber(id, weeks);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        return json.Contains('<', StringComparison.Ordinal) ? throw new InvalidOperationException("The scenario was not escaped for HTML.") : json;
    }

    private static void Options(StringBuilder sb, IEnumerable<string> values)
    {
        foreach (var v in values)
        {
            sb.Append($"<option value=\"{Escape(v)}\">{Escape(v)}</option>");
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
