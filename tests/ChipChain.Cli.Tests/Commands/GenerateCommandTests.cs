using ChipChain.Json;
using ChipChain.Model;

namespace ChipChain.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chipchain-generate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Generate_writes_a_loadable_graph_and_reports_its_size()
    {
        var path = Path.Combine(_folder, "g.json");

        var (code, output, error) = Run("generate", "--nodes", "500", "--seed", "7", "--avg-suppliers", "3", "-o", path);

        code.Should().Be(0, error);
        var graph = SupplyGraphJson.Load(path);
        graph.NodeCount.Should().Be(500);
        graph.Links.Count.Should().Be(1500);
        output.Should().Be($"{path}: 500 nodes, 1500 links, {graph.Topology.ItemCount} items (seed 7)\n");
        Directory.GetFiles(_folder).Should().Equal([path], "the atomic write leaves no temporary file");
    }

    [Fact]
    public void Generate_same_seed_gives_byte_identical_files()
    {
        var first = Path.Combine(_folder, "a.json");
        var second = Path.Combine(_folder, "b.json");

        Run("generate", "--nodes", "800", "--seed", "3", "-o", first).Code.Should().Be(0);
        Run("generate", "--nodes", "800", "--seed", "3", "-o", second).Code.Should().Be(0);

        File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
    }

    [Fact]
    public void Generate_any_one_and_cycles_make_an_all_market_graph_with_cycles()
    {
        var path = Path.Combine(_folder, "any.json");

        Run("generate", "--nodes", "2000", "--any", "1", "--cycles", "0.01", "-o", path).Code.Should().Be(0);

        var graph = SupplyGraphJson.Load(path);
        graph.Nodes.Should().OnlyContain(n => n.Requires == Requirement.Any);
        Enumerable.Range(0, graph.Components.Count).Should().Contain(c => graph.Components.IsCyclic(c));
    }

    [Theory]
    [InlineData("--nodes", "5", "--nodes must be at least 6 (one node per tier)")]
    [InlineData("--avg-suppliers", "0", "--avg-suppliers must be more than 0 and at most 64")]
    [InlineData("--cycles", "0.9", "--cycles must be between 0 and 0.5")]
    [InlineData("--any", "2", "--any must be between 0 and 1")]
    public void Generate_out_of_range_option_is_one_line_exit_2_and_writes_nothing(string option, string value, string message)
    {
        var path = Path.Combine(_folder, "bad.json");
        string[] args = option == "--nodes" ? ["generate", "--nodes", value, "-o", path] : ["generate", "--nodes", "100", option, value, "-o", path];

        var (code, output, error) = Run(args);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"chipchain: error: {message}\n");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public void Generate_without_nodes_or_output_is_a_usage_error()
    {
        Run("generate", "-o", Path.Combine(_folder, "x.json")).Code.Should().Be(2);
        var (code, _, error) = Run("generate", "--nodes", "100");

        code.Should().Be(2);
        error.Should().StartWith("chipchain: error: ").And.Contain("--output").And.EndWith("\n");
        error.Trim().Should().NotContain("\n");
    }
}
