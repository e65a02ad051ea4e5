using System.Text.Json;
using System.Text.RegularExpressions;
using ChipChain.Analysis.Scenarios;
using ChipChain.Model;
using ChipChain.Rendering.Html;
using static ChipChain.Rendering.Tests.Html.HtmlReports;

namespace ChipChain.Rendering.Tests.Html;

public sealed class WhatIfPanelTests
{
    [Fact]
    public void Write_model_has_normalised_shares_items_and_candidates()
    {
        // m needs item x from a (share 0.6) and b (no share: the 0.4 left), and y from c alone.
        var graph = new SupplyGraphBuilder()
            .AddNode(new Node("a") { Country = "TW" })
            .AddNode(new Node("b") { Kind = NodeKinds.Input })
            .AddNode(new Node("c"))
            .AddNode(new Node("m") { Kind = NodeKinds.Product })
            .AddLink(new Link("a", "m") { Item = "x", Share = 0.6 })
            .AddLink(new Link("b", "m") { Item = "x" })
            .AddLink(new Link("c", "m") { Item = "y" })
            .Build();

        using var model = JsonDocument.Parse(ModelText(Render(graph)));
        var root = model.RootElement;

        Strings(root.GetProperty("ids")).Should().Equal("a", "b", "c", "m");
        root.GetProperty("candidate").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(1, 0, 1, 1);
        root.GetProperty("countries")[0].GetString().Should().Be("TW");
        var items = root.GetProperty("items")[3].EnumerateArray().Select(i => i.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToList();
        items.Should().HaveCount(2);
        var x = items.Single(i => i.Length == 6);
        (x[1] + x[4]).Should().BeApproximately(1.0, 1e-12, "an item's shares are normalised to sum to 1");
        x.Where((_, k) => k % 3 == 1).Should().BeEquivalentTo([0.6, 0.4], o => o.Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-12)).WhenTypeIs<double>());
        Strings(root.GetProperty("linkItems")).Should().Equal("x", "x", "y");
        root.GetProperty("targets").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(3);
    }

    [Fact]
    public void Write_with_scenario_embeds_it_as_a_scenario_file_escaped()
    {
        var scenario = new Scenario
        {
            Name = "</script> & co",
            FailedNodes = ["asml"],
            FailedCountries = ["TW"],
            Cuts = [new LinkCutFilter("NL", "CN", "arf-immersion-lithography") { ConsumerKind = "process" }],
            Degradations = [new NodeDegradation("tsmc", 0.5)],
        };

        var html = Render(SampleGraphs.AiAccelerators, new HtmlReportOptions { Scenario = scenario });

        var json = Regex.Match(html, "<script type=\"application/json\" id=\"scenario-data\">(.*?)</script>").Groups[1].Value;
        json.Should().Be("{\"name\":\"\\u003C/script\\u003E \\u0026 co\",\"fail\":[\"asml\"],\"failCountries\":[\"TW\"],"
            + "\"cut\":[{\"supplierCountry\":\"NL\",\"consumerCountry\":\"CN\",\"item\":\"arf-immersion-lithography\",\"consumerKind\":\"process\"}],"
            + "\"degrade\":[{\"id\":\"tsmc\",\"level\":0.5}]}");
        ScenarioJson.Parse(json).Cuts.Single().ToString().Should().Be("NL:CN:arf-immersion-lithography (any to process)", "the page's scenario is a scenario file");
    }

    [Fact]
    public void Write_panel_has_accessible_controls_and_every_candidate_country()
    {
        var html = Render(SampleGraphs.AiAccelerators);

        html.Should().Contain("<section class=\"card whatif\" id=\"whatif\" aria-labelledby=\"whatif-title\">");
        foreach (var country in new[] { "TW", "NL", "US", "CN", "KR", "JP" })
        {
            html.Should().Contain($"<input type=\"checkbox\" class=\"wi-country\" value=\"{country}\">");
        }

        Regex.Matches(html, "<(input|select|textarea) [^>]*>").Select(m => m.Value)
            .Where(tag => !tag.Contains("type=\"checkbox\"", StringComparison.Ordinal))
            .Should().OnlyContain(tag => tag.Contains("aria-label=", StringComparison.Ordinal) || tag.Contains("id=\"search\"", StringComparison.Ordinal) || tag.Contains("id=\"target-select\"", StringComparison.Ordinal), "every control has a name a screen reader reads");
        html.Should().Contain("@media print");
    }

    [Fact]
    public void Write_same_input_same_bytes_with_scenario()
    {
        var options = new HtmlReportOptions { Scenario = new Scenario { FailedCountries = ["TW"] } };

        Render(SampleGraphs.AiAccelerators, options).Should().Be(Render(SampleGraphs.AiAccelerators, options));
    }
}
