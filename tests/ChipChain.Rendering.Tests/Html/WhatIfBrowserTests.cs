using System.Text.Json;
using ChipChain.Analysis;
using ChipChain.Analysis.Scenarios;
using ChipChain.Model;
using ChipChain.Rendering.Html;
using CsCheck;
using static ChipChain.Rendering.Tests.Html.HtmlReports;

namespace ChipChain.Rendering.Tests.Html;

/// <summary>
/// The page's what-if engine (<c>window.chipchain.whatif</c>) in headless Chromium against <see cref="WhatIf.Run"/>,
/// the computation behind <c>chipchain whatif --format json</c>: the same ids, the same names, levels to 1e-9, and an
/// error where the library throws one.
/// </summary>
public sealed class WhatIfBrowserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chipchain-whatif-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [BrowserFact]
    public void Whatif_in_page_random_graphs_with_cycles_equals_library()
    {
        var graphs = new List<SupplyGraph>();
        RandomGraphs.Graphs(12).Sample(g => { lock (graphs) { graphs.Add(g); } }, iter: 400, threads: 1);
        var cyclic = graphs.Where(g => GraphSummary.Of(g).Cycles.Count > 0).Take(24).ToList();
        cyclic.Should().HaveCountGreaterThanOrEqualTo(20, "the generator makes graphs with cycles");
        var cases = cyclic.Concat(graphs.Where(g => GraphSummary.Of(g).Cycles.Count == 0).Take(6))
            .Select((g, k) => (Graph: g, Scenarios: RandomScenarios(g, new Random(k)))).ToList();

        var checkedCount = Compare(cases);

        checkedCount.Should().BeGreaterThan(120, "most random scenarios run");
    }

    [BrowserFact]
    public void Whatif_in_page_sample_scenarios_equal_library()
    {
        var graph = SampleGraphs.AiAccelerators;
        var scenarios = Directory.GetFiles(RepositoryFiles.Path("graphs", "scenarios"), "*.json").Order(StringComparer.Ordinal)
            .Select(ScenarioJson.Load).Where(s => !s.IsEmpty).ToList();
        scenarios.Should().HaveCountGreaterThanOrEqualTo(8);
        scenarios.Add(new Scenario { FailedCountries = ["TW"] });
        scenarios.Add(new Scenario { FailedNodes = ["asml"], Degradations = [new NodeDegradation("tsmc", 0.5)] });

        Compare([(graph, scenarios)]).Should().Be(scenarios.Count);
    }

    [BrowserFact]
    public void Whatif_in_page_eto_graph_on_its_critical_view_equals_library()
    {
        var graph = RepositoryFiles.LoadGraph("eto-semiconductors.json");
        var countries = graph.Nodes.Where(n => n.IsFailureCandidate).Select(n => n.Country).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var scenarios = countries.Select(c => new Scenario { FailedCountries = [c] })
            .Concat(graph.Nodes.Where(n => n.IsFailureCandidate).Take(20).Select(n => new Scenario { FailedNodes = [n.Id] }))
            .ToList();
        var diagram = DiagramGraph.From(graph, DiagramFocus.None, DiagramView.Critical(graph.DefaultTargetIds()[0]));
        diagram.NodeCount.Should().BeLessThan(graph.NodeCount, "the page of a large graph draws the critical view");

        Compare([(graph, scenarios)], diagram).Should().Be(scenarios.Count);
    }

    [BrowserFact]
    public void Critical_view_expands_in_page_to_every_node_keeping_what_if_and_spofs_painted()
    {
        var graph = RepositoryFiles.LoadGraph("eto-semiconductors.json");
        var target = graph.DefaultTargetIds()[0];
        var diagram = DiagramGraph.From(graph, DiagramFocus.None, DiagramView.Critical(target));
        var path = Path.Combine(_dir, "eto.html");
        File.WriteAllText(path, HtmlReportWriter.Write(diagram, Rendering.Layout.LayeredLayout.Compute(diagram), HtmlReportOptions.Default));
        var failed = WhatIf.Run(graph, new Scenario { FailedCountries = ["CN"] }).Failed;
        var spofs = SinglePointsOfFailure.Of(graph, target);

        var seen = BrowserCheck.RunScript("whatif-check.mjs", "expand", path, "CN");

        seen.GetProperty("errors").GetArrayLength().Should().Be(0, seen.GetProperty("errors").ToString());
        seen.GetProperty("before").GetProperty("nodes").GetInt32().Should().Be(diagram.NodeCount);
        seen.GetProperty("after").GetProperty("nodes").GetInt32().Should().Be(graph.NodeCount, "expanding draws every node");
        seen.GetProperty("after").GetProperty("failed").GetInt32().Should().Be(failed.Count, "the what-if is painted on the expanded diagram");
        seen.GetProperty("after").GetProperty("spofs").GetInt32().Should().Be(spofs.Count);
        seen.GetProperty("after").GetProperty("litLinks").GetInt32().Should().BeGreaterThan(0, "the expanded diagram's own edges are lit");
        seen.GetProperty("expandHidden").GetBoolean().Should().BeTrue();
    }

    [BrowserFact]
    public void Panel_fail_country_TW_shows_library_outcome_and_clicking_asml_shows_what_it_stops()
    {
        var graph = SampleGraphs.AiAccelerators;
        var path = Path.Combine(_dir, "report.html");
        File.WriteAllText(path, Render(graph, new HtmlReportOptions { Target = "nvidia-h100" }));
        var expected = WhatIf.Run(graph, new Scenario { FailedCountries = ["TW"] });
        var asml = WhatIf.Run(graph, new Scenario { FailedNodes = ["asml"] });

        var seen = BrowserCheck.RunScript("whatif-check.mjs", "panel", path, "TW", "asml");

        seen.GetProperty("errors").GetArrayLength().Should().Be(0, seen.GetProperty("errors").ToString());
        seen.GetProperty("requests").GetArrayLength().Should().Be(0, "the report loads nothing");
        seen.GetProperty("scenarioJson").GetRawText().Should().Be("{\"failCountries\":[\"TW\"]}", "the panel copies out a whatif --scenario file");
        Strings(seen.GetProperty("stoppedTargets")).Should().Equal(expected.StoppedTargets);
        Strings(seen.GetProperty("levelIds")).Should().Equal(expected.Levels.Select(l => l.Id));
        Strings(seen.GetProperty("paintedFailed")).Should().Equal(expected.Failed, "every failed TW firm is drawn");
        Strings(seen.GetProperty("paintedStopped")).Should().Equal(expected.Stopped);
        var stops = asml.StoppedTargets.Where(t => t != "asml").ToList();
        stops.Should().HaveCount(5, "every leading-edge product needs ASML's EUV scanners");
        seen.GetProperty("impact").GetString().Should().Be($"Losing ASML stops {stops.Count} targets; cuts Nvidia H100 by 100 %.");
        Strings(seen.GetProperty("impactTargets")).Should().Equal(stops);
        seen.GetProperty("afterFailJson").GetRawText().Should().Be("{\"fail\":[\"asml\"],\"failCountries\":[\"TW\"]}", "the details' button adds the node to the scenario");
        seen.GetProperty("afterClear").GetInt32().Should().Be(0, "clearing the scenario unpaints the diagram");
    }

    [BrowserFact]
    public void Report_with_scenario_opens_with_it_applied()
    {
        var graph = SampleGraphs.AiAccelerators;
        var path = Path.Combine(_dir, "report.html");
        var scenario = ScenarioJson.Load(RepositoryFiles.Path("graphs", "scenarios", "taiwan-outage.json"));
        File.WriteAllText(path, Render(graph, new HtmlReportOptions { Scenario = scenario }));

        var seen = BrowserCheck.RunScript("whatif-check.mjs", "opened", path);

        seen.GetProperty("errors").GetArrayLength().Should().Be(0, seen.GetProperty("errors").ToString());
        Strings(seen.GetProperty("paintedFailed")).Should().Equal(WhatIf.Run(graph, scenario).Failed);
    }

    private int Compare(IReadOnlyList<(SupplyGraph Graph, IReadOnlyList<Scenario> Scenarios)> cases, DiagramGraph? drawn = null)
    {
        var manifest = new List<object>();
        for (var k = 0; k < cases.Count; k++)
        {
            var path = Path.Combine(_dir, $"g{k}.html");
            File.WriteAllText(path, drawn is null ? Render(cases[k].Graph) : HtmlReportWriter.Write(drawn, Rendering.Layout.LayeredLayout.Compute(drawn), HtmlReportOptions.Default));
            manifest.Add(new { file = path, scenarios = cases[k].Scenarios.Select(s => JsonDocument.Parse(WhatIfPanel.Json(s)).RootElement).ToList() });
        }

        var manifestPath = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest));
        var seen = BrowserCheck.RunScript("whatif-check.mjs", "api", manifestPath);
        seen.GetProperty("errors").GetArrayLength().Should().Be(0, seen.GetProperty("errors").ToString());
        seen.GetProperty("requests").GetArrayLength().Should().Be(0, "the report loads nothing");
        var pages = seen.GetProperty("pages").EnumerateArray().ToList();
        var ran = 0;
        for (var k = 0; k < cases.Count; k++)
        {
            var (graph, scenarios) = cases[k];
            var results = pages[k].GetProperty("results").EnumerateArray().ToList();
            for (var s = 0; s < scenarios.Count; s++)
            {
                var because = $"scenario {WhatIfPanel.Json(scenarios[s])} on {RandomGraphs.Describe(graph)}";
                ScenarioOutcome expected;
                try
                {
                    expected = WhatIf.Run(graph, scenarios[s]);
                }
                catch (ScenarioException)
                {
                    results[s].TryGetProperty("error", out _).Should().BeTrue(because + ": the library refuses it");
                    continue;
                }

                results[s].TryGetProperty("error", out var error).Should().BeFalse($"{because}: {error}");
                Same(graph, expected, results[s], because);
                ran++;
            }
        }

        return ran;
    }

    private static void Same(SupplyGraph graph, ScenarioOutcome expected, JsonElement actual, string because)
    {
        Strings(actual.GetProperty("failed")).Should().Equal(expected.Failed, because);
        Strings(actual.GetProperty("failedStructure")).Should().Equal(expected.FailedStructure, because);
        Strings(actual.GetProperty("stoppedTargets")).Should().Equal(expected.StoppedTargets, because);
        Strings(actual.GetProperty("stopped")).Should().Equal(expected.Stopped, because);
        var levels = actual.GetProperty("levels").EnumerateArray().ToList();
        levels.Select(l => l.GetProperty("id").GetString()).Should().Equal(expected.Levels.Select(l => l.Id), because);
        for (var i = 0; i < levels.Count; i++)
        {
            var name = levels[i].GetProperty("name");
            (name.ValueKind == JsonValueKind.Null ? null : name.GetString()).Should().Be(graph.GetNode(expected.Levels[i].Id).Name, because);
            levels[i].GetProperty("before").GetDouble().Should().BeApproximately(expected.Levels[i].Before, 1e-9, because);
            levels[i].GetProperty("after").GetDouble().Should().BeApproximately(expected.Levels[i].After, 1e-9, because);
        }
    }

    /// <summary>Node failures (structure included), country failures, cuts with and without item and kind, degradations, and mixes.</summary>
    private static IReadOnlyList<Scenario> RandomScenarios(SupplyGraph graph, Random random)
    {
        var ids = graph.Nodes.Select(n => n.Id).ToArray();
        var items = graph.Links.Select(l => l.Item).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        string Id() => ids[random.Next(ids.Length)];
        string Country() => RandomGraphs.Countries[random.Next(RandomGraphs.Countries.Length)];
        LinkCutFilter Cut()
        {
            var item = items.Length > 0 && random.Next(3) == 0 ? items[random.Next(items.Length)] : null;
            return new LinkCutFilter(Country(), Country(), item) { ConsumerKind = random.Next(5) == 0 ? graph.GetNode(Id()).Kind : null };
        }

        var scenarios = new List<Scenario>();
        for (var k = 0; k < 12; k++)
        {
            scenarios.Add((k % 6) switch
            {
                0 => new Scenario { FailedNodes = [Id()] },
                1 => new Scenario { FailedNodes = [Id(), Id()] },
                2 => new Scenario { FailedCountries = [Country()] },
                3 => new Scenario { Cuts = [Cut()] },
                4 => new Scenario { Degradations = [new NodeDegradation(Id(), Math.Round(random.NextDouble(), 2))] },
                _ => new Scenario { FailedNodes = [Id()], Cuts = [Cut(), Cut()], Degradations = [new NodeDegradation(Id(), 0.5)] },
            });
        }

        return scenarios;
    }
}
