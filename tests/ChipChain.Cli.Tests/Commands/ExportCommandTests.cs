using ChipChain.Export;
using ChipChain.Json;
using static ChipChain.Cli.Tests.Support.CliRun;

namespace ChipChain.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chipchain-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    [Fact]
    public void Export_openpsa_sample_target_writes_the_library_tree()
    {
        var (exit, stdout, stderr) = Run("export", "--format", "openpsa", "--target", "nvidia-h100", "-o", PathOf("h100.xml"));

        exit.Should().Be(0, stderr);
        stdout.Should().Be($"wrote {PathOf("h100.xml")}: fault tree of 'nvidia-h100' unavailable, top gate nvidia-h100_unavailable (openpsa)\n");
        File.ReadAllText(PathOf("h100.xml")).Should().Be(OpenPsaWriter.ToXml(RepositoryFiles.LoadGraph("ai-accelerators.json"), "nvidia-h100"));
    }

    [Fact]
    public void Export_openpsa_without_target_uses_the_only_product_and_honours_probability_options()
    {
        var file = RepositoryFiles.Graph("minimal.json");

        Run("export", file, "--format", "openpsa", "-o", PathOf("a.xml"), "--default-probability", "0.25").Exit.Should().Be(0);
        Run("export", file, "--format", "openpsa", "-o", PathOf("b.xml"), "--no-probabilities").Exit.Should().Be(0);

        var graph = SupplyGraphJson.Load(file);
        File.ReadAllText(PathOf("a.xml")).Should().Be(OpenPsaWriter.ToXml(graph, "widget-chip", new OpenPsaOptions { DefaultProbability = 0.25 }))
            .And.Contain("<float value=\"0.25\" />");
        File.ReadAllText(PathOf("b.xml")).Should().NotContain("<float").And.Contain("<define-gate name=\"widget-chip_unavailable\">");
    }

    [Fact]
    public void Export_graphml_writes_the_whole_graph()
    {
        var file = RepositoryFiles.Graph("minimal.json");

        var (exit, stdout, stderr) = Run("export", file, "--format", "graphml", "-o", PathOf("m.graphml"));

        exit.Should().Be(0, stderr);
        stdout.Should().Be($"wrote {PathOf("m.graphml")}: 10 nodes, 9 links (graphml)\n");
        File.ReadAllText(PathOf("m.graphml")).Should().Be(GraphMLWriter.ToXml(SupplyGraphJson.Load(file)));
    }

    [Theory]
    [InlineData("--format", "csv", "-o", "x.xml")]
    [InlineData("--format", "openpsa")]
    [InlineData("--format", "openpsa", "-o", "x.xml")]
    [InlineData("--format", "openpsa", "--target", "tsmcc", "-o", "x.xml")]
    [InlineData("--format", "openpsa", "--target", "tsmc", "--default-probability", "2", "-o", "x.xml")]
    [InlineData("--format", "openpsa", "--target", "tsmc", "--default-probability", "0.1", "--no-probabilities", "-o", "x.xml")]
    [InlineData("--format", "graphml", "--target", "tsmc", "-o", "x.xml")]
    [InlineData("no-such-file.json", "--format", "graphml", "-o", "x.xml")]
    [InlineData("--format", "openpsa", "--target", "tsmc", "--max-gates", "0", "-o", "x.xml")]
    [InlineData("--format", "graphml", "--max-gates", "5", "-o", "x.xml")]
    [InlineData("--format", "openpsa", "--target", "huawei-ascend-910b", "--max-gates", "5", "-o", "x.xml")]
    public void Export_bad_usage_is_one_line_exit_2_and_no_file(params string[] args)
    {
        var full = args.Select(a => a == "x.xml" ? PathOf(a) : a).Prepend("export").ToArray();

        var (exit, _, stderr) = Run(full);

        exit.Should().Be(2);
        stderr.Should().StartWith("chipchain: error: ");
        stderr.TrimEnd('\n').Should().NotContain("\n");
        File.Exists(PathOf("x.xml")).Should().BeFalse();
        Directory.EnumerateFileSystemEntries(_dir).Should().BeEmpty();
    }

    [Fact]
    public void Export_openpsa_past_max_gates_names_the_limit_and_what_to_do()
    {
        var (exit, stdout, stderr) = Run("export", "--format", "openpsa", "--target", "huawei-ascend-910b", "--max-gates", "5", "-o", PathOf("a.xml"));

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("chipchain: error: openpsa: the fault tree of 'huawei-ascend-910b' needs more than 5 gates")
            .And.Contain("docs/limits.md").And.Contain("smaller supply chain").And.EndWith("--max-gates\n");
    }
}
