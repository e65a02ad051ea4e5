using System.Text.Json;
using ChipChain.Cli.Tests.Support;
using ChipChain.Rendering.Layout;

namespace ChipChain.Cli.Tests.Hostile;

/// <summary>Rows 2, 4 and 11, which need a real process: standard error on a full device, Graphviz timeouts and signals, Ctrl-C during a write.</summary>
public sealed class ProcessTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [SkippableFact]
    public void Render_with_stderr_on_a_full_device_still_succeeds()
    {
        CliProcess.RequireLinuxAndTool();
        Skip.IfNot(File.Exists("/dev/full"), "needs /dev/full");

        // --layout auto writes a note on stderr after the diagram; a warning comes first for a dot file of a big graph.
        var (exit, output, _) = CliProcess.Shell(_files.Folder, "$CHIPCHAIN render -o out.svg 2>/dev/full", Limit);

        exit.Should().Be(0, output);
        File.Exists(_files.PathOf("out.svg")).Should().BeTrue();
    }

    [SkippableFact]
    public void Failing_command_with_stderr_on_a_full_device_exits_2_not_abort()
    {
        CliProcess.RequireLinuxAndTool();
        Skip.IfNot(File.Exists("/dev/full"), "needs /dev/full");

        var (exit, _, _) = CliProcess.Shell(_files.Folder, "$CHIPCHAIN spof missing.json 2>/dev/full", Limit);

        exit.Should().Be(2);
    }

    [SkippableFact]
    public void Render_with_a_short_timeout_stops_dot_and_says_so()
    {
        CliProcess.RequireLinuxAndTool();
        Skip.IfNot(GraphvizLayout.IsAvailable(), "Graphviz 'dot' is not on the PATH");
        var graph = DenseGraph();

        using var process = CliProcess.Start(_files.Folder, "render", graph, "-o", "dense.svg", "--layout", "graphviz", "--timeout", "1");
        var dots = new HashSet<int>();
        CliProcess.WaitFor(() => { dots.UnionWith(CliProcess.Children(process.Id)); return process.HasExited; }, Limit);
        var (exit, _, error) = CliProcess.Finish(process, Limit);

        exit.Should().Be(2, error);
        error.Should().Contain("did not finish within 1 s");
        dots.Should().NotBeEmpty("dot ran");
        dots.Should().OnlyContain(pid => !CliProcess.IsAlive(pid), "dot is stopped with the tool");
        File.Exists(_files.PathOf("dense.svg")).Should().BeFalse();
    }

    [SkippableTheory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public void Render_killed_by_a_signal_kills_dot_too(string signal, int code)
    {
        CliProcess.RequireLinuxAndTool();
        Skip.IfNot(GraphvizLayout.IsAvailable(), "Graphviz 'dot' is not on the PATH");
        var graph = DenseGraph();

        using var process = CliProcess.Start(_files.Folder, "render", graph, "-o", "dense.svg", "--layout", "graphviz");
        var dot = 0;
        CliProcess.WaitFor(() => (dot = CliProcess.Children(process.Id).FirstOrDefault()) != 0 || process.HasExited, Limit).Should().BeTrue();
        dot.Should().NotBe(0, "dot was started");
        CliProcess.Signal(process, signal);
        var (exit, _, error) = CliProcess.Finish(process, Limit);

        exit.Should().Be(code, error);
        error.Should().Contain("interrupted");
        CliProcess.WaitFor(() => !CliProcess.IsAlive(dot), TimeSpan.FromSeconds(5)).Should().BeTrue("dot must not outlive chipchain");
    }

    [SkippableFact]
    public void Generate_interrupted_during_a_large_write_leaves_no_temporary_file()
    {
        CliProcess.RequireLinuxAndTool();

        // Large enough that the write takes a while: the signal comes while the temporary file grows.
        using var process = CliProcess.Start(_files.Folder, "generate", "--nodes", "1500000", "-o", "big.json");
        var seen = CliProcess.WaitFor(() => TempFiles().Length > 0 || process.HasExited, TimeSpan.FromSeconds(240));
        Skip.If(process.HasExited && TempFiles().Length == 0, "the write finished before it could be interrupted");
        Skip.IfNot(seen, "the machine is too busy: generating the graph took over 4 minutes, so the write was never reached");
        CliProcess.Signal(process, "INT");
        var (exit, _, error) = CliProcess.Finish(process, Limit);

        exit.Should().Be(130, error);
        TempFiles().Should().BeEmpty();
        File.Exists(_files.PathOf("big.json")).Should().BeFalse();
    }

    private string[] TempFiles() => Directory.GetFiles(_files.Folder, ".cc-*");

    /// <summary>300 'requires: any' nodes, ten suppliers each, many running back up: dot needs far more than a second.</summary>
    private string DenseGraph()
    {
        var random = new Random(7);
        var nodes = Enumerable.Range(0, 300).Select(i => new Dictionary<string, object> { ["id"] = $"n{i}", ["requires"] = "any" });
        var links = new HashSet<(int, int)>();
        for (var i = 0; i < 300; i++)
        {
            while (links.Count(l => l.Item2 == i) < 10)
            {
                var j = random.Next(300);
                if (j != i)
                {
                    links.Add((j, i));
                }
            }
        }

        var document = new Dictionary<string, object>
        {
            ["format"] = "chipchain/1",
            ["nodes"] = nodes,
            ["links"] = links.Select(l => new Dictionary<string, object> { ["supplier"] = $"n{l.Item1}", ["consumer"] = $"n{l.Item2}" }),
        };
        var path = _files.PathOf("dense.json");
        File.WriteAllText(path, JsonSerializer.Serialize(document));
        return path;
    }
}
