using System.Text.Json;
using ChipChain.Analysis;
using ChipChain.Analysis.Scenarios;
using ChipChain.Analysis.Timeline;
using ChipChain.Model;
using ChipChain.Rendering.Html;
using CsCheck;
using static ChipChain.Rendering.Tests.Html.HtmlReports;

namespace ChipChain.Rendering.Tests.Html;

/// <summary>
/// The page's timed scenarios (<c>window.chipchain.timeline</c>, timeline.js) in headless Chromium against
/// <see cref="TimelineAnalysis.Run(SupplyGraph, IEnumerable{string}, TimelineOptions)"/>, the computation behind
/// <c>chipchain whatif --weeks D</c>: the same nodes down in the same weeks and the same output lost, to 1e-6.
/// </summary>
public sealed class TimelineBrowserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chipchain-timeline-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [BrowserFact]
    public void Timeline_in_page_sample_every_single_failure_and_scenarios_equal_library()
    {
        var graph = SampleGraphs.AiAccelerators;
        var runs = new List<(Scenario Scenario, TimelineOptions Options)>();
        foreach (var node in graph.Nodes.Where(n => n.IsFailureCandidate))
        {
            runs.Add((new Scenario { FailedNodes = [node.Id] }, new TimelineOptions { Weeks = 13 }));
            runs.Add((new Scenario { FailedNodes = [node.Id] }, new TimelineOptions { Weeks = 4, Horizon = 26 }));
        }

        runs.Add((new Scenario { FailedCountries = ["TW"] }, new TimelineOptions { Weeks = 8, Horizon = 52 }));
        runs.Add((ScenarioJson.Load(RepositoryFiles.Path("docs", "examples", "asml-outage-26-weeks.json")), new TimelineOptions { Horizon = 52 }));
        runs.Add((new Scenario { FailedNodes = ["sk-hynix", "ibiden"], Durations = new Dictionary<string, int> { ["ibiden"] = 30 } }, new TimelineOptions { Weeks = 5, Horizon = 40 }));

        Compare([(graph, runs)]).Should().Be(runs.Count);
    }

    [BrowserFact]
    public void Timeline_in_page_random_graphs_with_cycles_buffers_and_shares_equal_library()
    {
        var graphs = new List<SupplyGraph>();
        TimedGraphs.Graphs(10, 4).Sample(g => { lock (graphs) { graphs.Add(g); } }, iter: 300, threads: 1);
        var cases = graphs.Where(g => GraphSummary.Of(g).Cycles.Count > 0).Take(24)
            .Concat(graphs.Where(g => GraphSummary.Of(g).Cycles.Count == 0).Take(6))
            .Select((g, k) => (g, Runs(g, new Random(k))))
            .ToList();
        cases.Should().HaveCountGreaterThanOrEqualTo(25);

        Compare(cases).Should().BeGreaterThan(150, "most random runs are valid");
    }

    [BrowserFact]
    public void Panel_duration_slider_shows_the_targets_timeline_and_its_last_step_is_untimed()
    {
        var path = Path.Combine(_dir, "report.html");
        File.WriteAllText(path, Render(SampleGraphs.AiAccelerators, new HtmlReportOptions { Target = "nvidia-h100" }));

        var seen = BrowserCheck.RunScript("whatif-check.mjs", "slider", path, "sk-hynix", "13");

        seen.GetProperty("errors").GetArrayLength().Should().Be(0, seen.GetProperty("errors").ToString());
        seen.GetProperty("untimedRows").GetArrayLength().Should().Be(0, "the slider starts on the whole horizon: permanent, no timeline");
        seen.GetProperty("untimedText").GetString().Should().Contain("whole horizon");
        seen.GetProperty("error").GetString().Should().BeEmpty();
        var rows = seen.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray()).ToList();

        // SK hynix recovers in 14 weeks (its recoveryWeeks beats the slider); the H100 holds 8 weeks of HBM3, as the CLI says.
        rows[0][..6].Should().Equal("nvidia-h100", "Nvidia H100", "week 8", "week 14", "6", "6.0");
        rows[0][6].Should().Be(new string('.', 8) + new string('#', 6) + new string('.', 90));
        rows.Single(r => r[0] == "amd-mi300x")[2..6].Should().Equal("-", "-", "0", "5.6");
    }

    private static List<(Scenario, TimelineOptions)> Runs(SupplyGraph graph, Random random)
    {
        var ids = graph.Nodes.Select(n => n.Id).ToArray();
        var runs = new List<(Scenario, TimelineOptions)>();
        for (var k = 0; k < 8; k++)
        {
            var failed = Enumerable.Range(0, 1 + random.Next(2)).Select(_ => ids[random.Next(ids.Length)]).Distinct(StringComparer.Ordinal).ToList();
            var durations = random.Next(3) == 0 ? new Dictionary<string, int> { [failed[0]] = 1 + random.Next(9) } : null;
            var scenario = new Scenario { FailedNodes = failed, Durations = durations! };
            runs.Add((scenario, new TimelineOptions { Horizon = 1 + random.Next(12), Weeks = random.Next(3) == 0 ? null : 1 + random.Next(10) }));
        }

        return runs;
    }

    private int Compare(IReadOnlyList<(SupplyGraph Graph, List<(Scenario Scenario, TimelineOptions Options)> Runs)> cases)
    {
        var manifest = new List<object>();
        for (var k = 0; k < cases.Count; k++)
        {
            var path = Path.Combine(_dir, $"g{k}.html");
            File.WriteAllText(path, Render(cases[k].Graph));
            manifest.Add(new
            {
                file = path,
                runs = cases[k].Runs.Select(r => new { scenario = JsonDocument.Parse(WhatIfPanel.Json(r.Scenario)).RootElement, options = new { weeks = r.Options.Weeks, horizon = r.Options.Horizon } }).ToList(),
            });
        }

        var manifestPath = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest));
        var seen = BrowserCheck.RunScript("whatif-check.mjs", "timeline", manifestPath);
        seen.GetProperty("errors").GetArrayLength().Should().Be(0, seen.GetProperty("errors").ToString());
        var pages = seen.GetProperty("pages").EnumerateArray().ToList();
        var ran = 0;
        for (var k = 0; k < cases.Count; k++)
        {
            var (graph, runs) = cases[k];
            var results = pages[k].GetProperty("results").EnumerateArray().ToList();
            for (var r = 0; r < runs.Count; r++)
            {
                var (scenario, options) = runs[r];
                var because = $"run {WhatIfPanel.Json(scenario)} weeks {options.Weeks} horizon {options.Horizon} on {TimedGraphs.Describe(graph)}";
                var failed = WhatIf.Run(graph, scenario).Failed;
                var expected = TimelineAnalysis.Run(graph, failed, options with { Durations = scenario.Durations, OutputLost = true });
                results[r].TryGetProperty("error", out var error).Should().BeFalse($"{because}: {error}");
                Same(expected, results[r], because);
                ran++;
            }
        }

        return ran;
    }

    private static void Same(TimelineResult expected, JsonElement actual, string because)
    {
        actual.GetProperty("horizon").GetInt32().Should().Be(expected.Horizon, because);
        var rows = actual.GetProperty("timeline").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("id").GetString()).Should().Equal(expected.Nodes.Select(n => n.Id), because);
        for (var i = 0; i < rows.Count; i++)
        {
            var spans = rows[i].GetProperty("spans").EnumerateArray().Select(s => (First: s[0].GetInt32(), Last: s[1].GetInt32()));
            spans.Should().Equal(expected.Nodes[i].Spans, because);
            (rows[i].GetProperty("firstWeek").GetInt32(), rows[i].GetProperty("lastWeek").GetInt32(), rows[i].GetProperty("weeksDown").GetInt32())
                .Should().Be((expected.Nodes[i].FirstWeek, expected.Nodes[i].LastWeek, expected.Nodes[i].WeeksDown), because);
        }

        var lost = actual.GetProperty("outputLost").EnumerateArray().ToDictionary(l => l.GetProperty("id").GetString()!, l => l.GetProperty("outputLostWeeks").GetDouble());
        lost.Keys.Should().BeEquivalentTo(expected.OutputLost.Keys, because);
        foreach (var (id, weeks) in expected.OutputLost)
        {
            lost[id].Should().BeApproximately(weeks, 1e-6, $"{id}: {because}");
        }
    }
}
