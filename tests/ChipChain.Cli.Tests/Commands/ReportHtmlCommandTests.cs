using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

/// <summary><c>chipchain report --format html -o FILE</c>: the interactive report with the what-if panel.</summary>
public sealed class ReportHtmlCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chipchain-report-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    [Fact]
    public void Report_html_writes_every_target_the_engine_and_the_same_bytes_twice()
    {
        var first = CliRun.Run("report", "--format", "html", "-o", PathOf("a.html"));
        CliRun.Run("report", "--format", "html", "-o", PathOf("b.html")).Exit.Should().Be(0);

        first.Exit.Should().Be(0, first.Error);
        first.Out.Should().Be($"wrote {PathOf("a.html")}: 116 nodes, 309 links\n");
        var html = File.ReadAllText(PathOf("a.html"));
        foreach (var product in new[] { "nvidia-h100", "nvidia-b200", "amd-mi300x", "apple-m4", "google-tpu-v5p", "cambricon-mlu590", "huawei-ascend-910b" })
        {
            html.Should().Contain($"<section class=\"card target-view\" data-target=\"{product}\"");
        }

        html.Should().Contain("id=\"report-model\"").And.Contain("window.chipchain").And.NotContain("id=\"scenario-data\"");
        File.ReadAllBytes(PathOf("b.html")).Should().Equal(File.ReadAllBytes(PathOf("a.html")));
        Directory.GetFiles(_dir).Order().Should().Equal(PathOf("a.html"), PathOf("b.html"));
    }

    [Fact]
    public void Report_html_with_scenario_opens_with_it()
    {
        var result = CliRun.Run("report", "--format", "html", "-o", PathOf("r.html"), "--scenario", RepositoryFiles.Path("graphs", "scenarios", "us-nl-jp-controls.json"));

        result.Exit.Should().Be(0, result.Error);
        // The includes are resolved by the command line: the page gets their cuts and degradations.
        File.ReadAllText(PathOf("r.html")).Should().Contain("<script type=\"application/json\" id=\"scenario-data\">{\"name\":\"US, Dutch and Japanese controls combined\",\"fail\":[\"hbm2e-stock-cn\"],\"failCountries\":[],\"cut\":[{\"supplierCountry\":\"US\",\"consumerCountry\":\"CN\",\"supplierKind\":\"equipment\"");
    }

    [Fact]
    public void Report_html_above_300_nodes_draws_the_critical_view()
    {
        var result = CliRun.Run("report", RepositoryFiles.Graph("eto-semiconductors.json"), "--format", "html", "-o", PathOf("eto.html"));

        result.Exit.Should().Be(0, result.Error);
        result.Out.Should().MatchRegex(@"^wrote .*eto\.html: 499 nodes, 720 links \(diagram: the critical view of \S+, \d+ of 499 nodes\)\n$");
    }

    [Theory]
    [InlineData("--format", "html")]
    [InlineData("-o", "x.html")]
    [InlineData("--format", "html", "-o", "x.html", "--scenario", "missing.json")]
    [InlineData("--format", "html", "-o", "x.html", "--target", "no-such-node")]
    public void Report_html_bad_usage_is_one_line_exit_2_and_no_file(params string[] args)
    {
        var full = args.Select(a => a.StartsWith("x.", StringComparison.Ordinal) || a == "missing.json" ? PathOf(a) : a).Prepend("report").ToArray();

        var result = CliRun.Run(full);

        result.Exit.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("chipchain: error: ");
        Directory.GetFiles(_dir).Should().BeEmpty();
    }
}
