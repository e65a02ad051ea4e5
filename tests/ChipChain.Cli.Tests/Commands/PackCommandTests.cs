using ChipChain.Cli.Tests.Support;
using ChipChain.Snapshot;

namespace ChipChain.Cli.Tests.Commands;

public sealed class PackCommandTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Pack_sample_writes_snapshot_and_reports_its_size()
    {
        var path = _files.PathOf("sample.ccg");

        var result = CliRun.Run("pack", "-o", path);

        result.Exit.Should().Be(0, result.Error);
        var graph = SupplyGraphSnapshot.Load(path);
        result.Out.Should().Be($"{path}: {graph.NodeCount} nodes, {graph.LinkCount} links, {graph.Topology.ItemCount} items, {new FileInfo(path).Length} bytes (snapshot version {SupplyGraphSnapshot.Version})\n");
        Directory.GetFiles(_files.Folder).Should().Equal([path], "the atomic write leaves no temporary file");
    }

    [Theory]
    [InlineData("spof --format text")]
    [InlineData("spof --format json")]
    [InlineData("spof --format csv")]
    [InlineData("cutsets --target nvidia-h100 --format text")]
    [InlineData("criticality --format json")]
    [InlineData("exposure --target nvidia-h100 --format text")]
    [InlineData("bottlenecks --format json")]
    [InlineData("whatif --fail tsmc --format json")]
    [InlineData("upstream nvidia-h100")]
    [InlineData("downstream asml")]
    [InlineData("whatif --fail-country TW --format json")] // supply levels: shares, read again on first use
    [InlineData("whatif --fail tsmc --weeks 12 --format json")] // the timeline: each entry's item, links and shares
    [InlineData("resilience --target nvidia-h100 --format json")]
    [InlineData("exposure --target nvidia-h100 --format json")]
    [InlineData("risk --target nvidia-h100 --format json")]
    [InlineData("summary --format json")]
    [InlineData("report --format json")]
    public void Command_on_snapshot_prints_byte_identical_output(string commandLine)
    {
        var json = _files.PathOf("sample.json");
        File.Copy(Path.Combine(Root(), "graphs", "ai-accelerators.json"), json);
        var snapshot = _files.PathOf("sample.ccg");
        CliRun.Run("pack", json, "-o", snapshot).Exit.Should().Be(0);
        var words = commandLine.Split(' ');

        var fromJson = CliRun.Run([words[0], json, .. words[1..]]);
        var fromSnapshot = CliRun.Run([words[0], snapshot, .. words[1..]]);

        fromJson.Exit.Should().Be(0, fromJson.Error);
        fromSnapshot.Should().Be(fromJson);
    }

    [Fact]
    public void Spof_on_generated_snapshot_prints_byte_identical_output()
    {
        var json = _files.PathOf("g.json");
        var snapshot = _files.PathOf("g.ccg");
        CliRun.Run("generate", "--nodes", "3000", "--seed", "11", "--any", "1.0", "--cycles", "0", "-o", json).Exit.Should().Be(0);
        CliRun.Run("pack", json, "-o", snapshot).Exit.Should().Be(0);

        foreach (var target in new[] { "product-2999", "product-2600" })
        {
            var fromJson = CliRun.Run("spof", json, "--target", target);
            fromJson.Exit.Should().Be(0, fromJson.Error);
            CliRun.Run("spof", snapshot, "--target", target).Should().Be(fromJson);
        }

        CliRun.Run("spof", snapshot).Should().Be(CliRun.Run("spof", json));
    }

    [Theory]
    [InlineData("graphml")] // every link object and every item name
    [InlineData("openpsa")] // the fault tree: entries, items and suppliers
    public void Export_of_snapshot_writes_the_same_bytes_as_of_json(string format)
    {
        var json = _files.PathOf("sample.json");
        File.Copy(Path.Combine(Root(), "graphs", "ai-accelerators.json"), json);
        var snapshot = _files.PathOf("sample.ccg");
        CliRun.Run("pack", json, "-o", snapshot).Exit.Should().Be(0);
        var (fromJson, fromSnapshot) = (_files.PathOf("json.out"), _files.PathOf("ccg.out"));

        string[] target = format == "openpsa" ? ["--target", "nvidia-h100"] : [];
        CliRun.Run(["export", json, "--format", format, .. target, "-o", fromJson]).Exit.Should().Be(0);
        CliRun.Run(["export", snapshot, "--format", format, .. target, "-o", fromSnapshot]).Exit.Should().Be(0);

        File.ReadAllBytes(fromSnapshot).Should().Equal(File.ReadAllBytes(fromJson));
    }

    [Fact]
    public void Pack_bad_input_exits_2_and_writes_nothing()
    {
        var bad = _files.Write("bad.json", """{ "format": "chipchain/1", "nodes": [ { "id": "a" } ], "links": [ { "supplier": "a", "consumer": "zz" } ] }""");
        var output = _files.PathOf("bad.ccg");

        var result = CliRun.Run("pack", bad, "-o", output);

        result.Exit.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"chipchain: error: {bad}:");
        Directory.GetFiles(_files.Folder).Should().Equal([bad], "no snapshot and no temporary file is left");
    }

    [Fact]
    public void Spof_on_truncated_snapshot_exits_2_with_one_line()
    {
        var snapshot = _files.PathOf("sample.ccg");
        CliRun.Run("pack", "-o", snapshot).Exit.Should().Be(0);
        var bytes = File.ReadAllBytes(snapshot);
        File.WriteAllBytes(snapshot, bytes[..1000]);

        var result = CliRun.Run("spof", snapshot);

        result.Exit.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be($"chipchain: error: {snapshot}: snapshot truncated at byte 1000\n");
    }

    [Fact]
    public void Spof_on_damaged_snapshot_exits_2_with_checksum_mismatch()
    {
        var snapshot = _files.PathOf("sample.ccg");
        CliRun.Run("pack", "-o", snapshot).Exit.Should().Be(0);
        var bytes = File.ReadAllBytes(snapshot);
        bytes[^3] ^= 0x10;
        File.WriteAllBytes(snapshot, bytes);

        var result = CliRun.Run("spof", snapshot);

        result.Exit.Should().Be(2);
        result.Error.Should().Be($"chipchain: error: {snapshot}: snapshot checksum mismatch\n");
    }

    [Fact]
    public void Validate_snapshot_reports_a_valid_snapshot()
    {
        var snapshot = _files.PathOf("sample.ccg");
        CliRun.Run("pack", "-o", snapshot).Exit.Should().Be(0);

        var result = CliRun.Run("validate", snapshot);

        result.Exit.Should().Be(0, result.Error);
        result.Out.Should().StartWith($"{snapshot}: valid chipchain snapshot (version {SupplyGraphSnapshot.Version}, no source positions): ");
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "ChipChain.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }
}
