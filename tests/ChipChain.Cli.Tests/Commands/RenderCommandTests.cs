using System.Xml.Linq;
using static ChipChain.Cli.Tests.Support.CliRun;

namespace ChipChain.Cli.Tests.Commands;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chipchain-render-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    [Fact]
    public void Render_svg_builtin_upstream_with_spof_highlights_writes_the_file()
    {
        var (exit, stdout, stderr) = Run("render", "-o", PathOf("h100.svg"), "--layout", "builtin", "--upstream-of", "nvidia-h100", "--target", "nvidia-h100", "--highlight", "spof", "--title", "H100");

        exit.Should().Be(0, stderr);
        stdout.Should().StartWith($"wrote {PathOf("h100.svg")}: ").And.Contain("builtin layout");
        var svg = XDocument.Load(PathOf("h100.svg"));
        svg.Descendants().Where(e => (string?)e.Attribute("data-highlight") == "spof").Select(e => (string)e.Attribute("data-id")!)
            .Should().Contain(["tsmc", "asml"]).And.NotContain("nikon");
    }

    [Fact]
    public void Render_format_follows_the_extension_or_the_option()
    {
        Run("render", "-o", PathOf("g.dot")).Exit.Should().Be(0);
        Run("render", "-o", PathOf("g.mmd")).Exit.Should().Be(0);
        Run("render", "-o", PathOf("g.md"), "--cluster").Exit.Should().Be(0);
        Run("render", "-o", PathOf("g.txt"), "--format", "mermaid").Exit.Should().Be(0);

        File.ReadAllText(PathOf("g.dot")).Should().StartWith("digraph ");
        // Without --title the graph's name is the title.
        File.ReadAllText(PathOf("g.mmd")).Should().StartWith("---\ntitle: ").And.Contain("---\nflowchart LR\n");
        File.ReadAllText(PathOf("g.md")).Should().StartWith("```mermaid\n---\ntitle: ");
        File.ReadAllText(PathOf("g.txt")).Should().Contain("---\nflowchart LR\n");
    }

    [Fact]
    public void Render_default_layout_is_builtin_whether_or_not_graphviz_is_installed()
    {
        var (exit, stdout, stderr) = Run("render", "-o", PathOf("default.svg"), "--upstream-of", "fab-x", RepositoryFiles.Graph("minimal.json"));
        _ = Run("render", "-o", PathOf("builtin.svg"), "--layout", "builtin", "--upstream-of", "fab-x", RepositoryFiles.Graph("minimal.json"));

        exit.Should().Be(0, stderr);
        stdout.Should().Contain("(svg, builtin layout)");
        stderr.Should().BeEmpty();
        File.ReadAllText(PathOf("default.svg")).Should().Be(File.ReadAllText(PathOf("builtin.svg")));
    }

    [Fact]
    public void Render_auto_layout_says_which_engine_it_used()
    {
        var (exit, _, stderr) = Run("render", "-o", PathOf("auto.svg"), "--layout", "auto", "--upstream-of", "fab-x", RepositoryFiles.Graph("minimal.json"));

        exit.Should().Be(0, stderr);
        stderr.Should().MatchRegex("^chipchain: layout: (Graphviz dot|built-in) ");
    }

    [Theory]
    [InlineData("-o", "x.png")]
    [InlineData("-o", "x.svg", "--highlight", "spof")]
    [InlineData("-o", "x.svg", "--target", "no-such-node")]
    [InlineData("-o", "x.svg", "--upstream-of", "tsmcc")]
    [InlineData("-o", "x.svg", "--depth", "2")]
    [InlineData("-o", "x.svg", "--format", "png")]
    [InlineData("-o", "x.svg", "--countries", "ZZ")]
    [InlineData("-o", "x.html", "--target", "no-such-node")]
    [InlineData("-o", "x.html", "--format", "htm")]
    public void Render_bad_usage_is_one_line_exit_2_and_no_file(params string[] args)
    {
        var full = args.Select(a => a.StartsWith("x.", StringComparison.Ordinal) ? PathOf(a) : a).Prepend("render").ToArray();
        var (exit, _, stderr) = Run(full);

        exit.Should().Be(2);
        stderr.Should().StartWith("chipchain: error: ").And.EndWith("\n");
        stderr.TrimEnd('\n').Should().NotContain("\n");
        Directory.GetFiles(_dir).Should().BeEmpty();
    }

    [Fact]
    public void Render_more_than_300_nodes_warns_and_suggests_a_focus()
    {
        var nodes = string.Join(",", Enumerable.Range(0, 301).Select(i => $"{{\"id\":\"n{i}\"}}"));
        var links = string.Join(",", Enumerable.Range(1, 300).Select(i => $"{{\"supplier\":\"n{(i - 1) / 2}\",\"consumer\":\"n{i}\"}}"));
        File.WriteAllText(PathOf("big.json"), $"{{\"format\":\"chipchain/1\",\"nodes\":[{nodes}],\"links\":[{links}]}}");

        var (exit, _, stderr) = Run("render", PathOf("big.json"), "-o", PathOf("big.mmd"));

        exit.Should().Be(0);
        stderr.Should().Contain("warning: drawing 301 nodes").And.Contain("--upstream-of").And.Contain("--view critical --target ID or --view firms");
    }

    [Fact]
    public void Render_twice_gives_identical_files()
    {
        Run("render", "-o", PathOf("a.svg"), "--layout", "builtin", "--target", "nvidia-h100", "--highlight", "cutsets").Exit.Should().Be(0);
        Run("render", "-o", PathOf("b.svg"), "--layout", "builtin", "--target", "nvidia-h100", "--highlight", "cutsets").Exit.Should().Be(0);

        File.ReadAllBytes(PathOf("b.svg")).Should().Equal(File.ReadAllBytes(PathOf("a.svg")));
    }

    [Fact]
    public void Render_html_writes_a_self_contained_report_selecting_the_target()
    {
        var (exit, stdout, stderr) = Run("render", "-o", PathOf("report.html"), "--layout", "builtin", "--target", "nvidia-h100");

        exit.Should().Be(0, stderr);
        stdout.Should().Be($"wrote {PathOf("report.html")}: 116 nodes, 295 links (html, builtin layout)\n");
        var html = File.ReadAllText(PathOf("report.html"));
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<svg ").And.Contain("<option value=\"nvidia-h100\" selected>")
            .And.Contain("{\"selected\":\"nvidia-h100\"").And.EndWith("</html>\n");
        Directory.GetFiles(_dir).Should().Equal([PathOf("report.html")], "the temporary file is renamed, not left behind");
    }

    [Fact]
    public void Render_html_by_format_option_and_focus_is_the_same_report_twice()
    {
        string[] args = ["--format", "html", "--layout", "builtin", "--upstream-of", "widget-chip", "--title", "Widget", RepositoryFiles.Graph("minimal.json")];
        Run(["render", "-o", PathOf("a.txt"), .. args]).Exit.Should().Be(0);
        Run(["render", "-o", PathOf("b.txt"), .. args]).Exit.Should().Be(0);

        File.ReadAllText(PathOf("a.txt")).Should().StartWith("<!DOCTYPE html>").And.Contain("<h1>Widget</h1>");
        File.ReadAllBytes(PathOf("b.txt")).Should().Equal(File.ReadAllBytes(PathOf("a.txt")));
    }

    [Fact]
    public void Render_critical_view_needs_a_target_and_paints_cut_set_members_by_default()
    {
        var (bad, _, badErr) = Run("render", "-o", PathOf("c.svg"), "--view", "critical", RepositoryFiles.Graph("minimal.json"));
        var (exit, stdout, stderr) = Run("render", "-o", PathOf("c.svg"), "--view", "critical", "--target", "widget-chip", RepositoryFiles.Graph("minimal.json"));

        (bad, badErr).Should().Be((2, "chipchain: error: --view critical needs --target ID\n"));
        exit.Should().Be(0, stderr);
        stdout.Should().Be($"wrote {PathOf("c.svg")}: 10 nodes, 9 links (svg, builtin layout)\n");
        var svg = XDocument.Load(PathOf("c.svg"));
        svg.Descendants().Where(e => (string?)e.Attribute("data-highlight") == "cutset").Select(e => (string)e.Attribute("data-id")!)
            .Should().BeEquivalentTo(["litho-a", "litho-b", "osat-a", "osat-b"]);
        svg.Descendants().First(e => (string?)e.Attribute("class") == "diagram-title").Value
            .Should().Be("Widget Chip (widget-chip): critical view, single points of failure in red, order-2 cut-set members in orange");
    }

    [Fact]
    public void Render_firms_view_labels_links_with_item_and_share_unless_told_otherwise()
    {
        var (exit, stdout, stderr) = Run("render", "-o", PathOf("f.mmd"), "--view", "firms", RepositoryFiles.Graph("minimal.json"));
        _ = Run("render", "-o", PathOf("plain.mmd"), "--view", "firms", "--labels", "none", RepositoryFiles.Graph("minimal.json"));

        exit.Should().Be(0, stderr);
        stdout.Should().Be($"wrote {PathOf("f.mmd")}: 9 nodes, 8 links (mermaid)\n");
        File.ReadAllText(PathOf("f.mmd")).Should().StartWith("---\ntitle: \"Minimal teaching example: firms\"\n---\n").And.Contain("n_litho__a -->|\"Lithography tools 60%\"| n_fab__x");
        File.ReadAllText(PathOf("plain.mmd")).Should().Contain("n_litho__a --> n_fab__x");
    }

    [Fact]
    public void Render_labels_on_the_full_view_and_an_unknown_view_is_a_usage_error()
    {
        var (exit, _, stderr) = Run("render", "-o", PathOf("l.dot"), "--labels", "share", RepositoryFiles.Graph("minimal.json"));
        var (bad, _, badErr) = Run("render", "-o", PathOf("x.svg"), "--view", "everything");

        exit.Should().Be(0, stderr);
        File.ReadAllText(PathOf("l.dot")).Should().Contain("\"osat-a\" -> \"widget-chip\" [tooltip=\"packaging\", label=\"packaging 70%\", fontsize=9];");
        bad.Should().Be(2);
        badErr.Should().Contain("unknown value 'everything' for --view: expected full, critical, firms");
    }
}
