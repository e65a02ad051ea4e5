using ChipChain.Rendering.Highlighting;
using ChipChain.Rendering.Mermaid;
using ChipChain.Rendering.Styling;
using ChipChain.Rendering.Tests.Html;

namespace ChipChain.Rendering.Tests.Mermaid;

/// <summary>
/// The Mermaid text is rendered by the mermaid library itself in headless Chromium (tests/browser/mermaid-check.mjs):
/// a diagram Mermaid refuses is useless in a report, however plausible its text. A title with a colon once broke every
/// titled diagram this way (the front matter is YAML).
/// </summary>
public sealed class MermaidBrowserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chipchain-mermaid-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public void Write_sample_and_minimal_with_awkward_titles_render_in_mermaid_with_their_legends()
    {
        var missing = BrowserCheck.Missing();
        Skip.If(missing is not null, $"browser check skipped: {missing}");
        Skip.IfNot(Directory.Exists(RepositoryFiles.Path("tests", "browser", "node_modules", "mermaid")), "mermaid is not installed (npm install --prefix tests/browser); .ci/run installs it");

        var cases = new List<(string File, string Title, int Legend)>();
        foreach (var (name, graph, target, mode, title) in new[]
        {
            ("minimal", SampleGraphs.Minimal, "widget-chip", HighlightMode.CutSets, "Widget chip: cut sets"),
            ("sample", SampleGraphs.AiAccelerators, "nvidia-h100", HighlightMode.Spof, "Say \"H100\": a\\b #1"),
        })
        {
            var diagram = DiagramGraph.From(graph);
            var options = new DiagramOptions { Title = title, Highlights = DiagramHighlighter.Compute(graph, target, mode) };
            var file = Path.Combine(_dir, name + ".mmd");
            File.WriteAllText(file, MermaidWriter.Write(diagram, options, markdownFence: name == "sample"));
            cases.Add((file, title, DiagramLegend.Entries(diagram, new DiagramStyle(diagram, options)).Count));
        }

        var results = BrowserCheck.RunScript("mermaid-check.mjs", [.. cases.Select(c => c.File)]).EnumerateArray().ToList();

        results.Should().HaveCount(cases.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            var result = results[i];
            result.GetProperty("ok").GetBoolean().Should().BeTrue(result.TryGetProperty("error", out var error) ? error.GetString() : null);
            result.GetProperty("title").GetString().Should().Be(cases[i].Title);
            result.GetProperty("legendBoxes").GetInt32().Should().Be(cases[i].Legend).And.BeGreaterThan(3);
        }
    }
}
