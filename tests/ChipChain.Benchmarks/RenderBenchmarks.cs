using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ChipChain.Generation;
using ChipChain.Rendering;
using ChipChain.Rendering.Dot;
using ChipChain.Rendering.Layout;
using ChipChain.Rendering.Styling;
using ChipChain.Rendering.Svg;

namespace ChipChain.Benchmarks;

/// <summary>
/// A 300-node generated graph (the graph of <c>chipchain generate --nodes 300 --avg-suppliers 2.5</c>: 750 links)
/// drawn to SVG with the built-in layout, against Graphviz <c>dot -Tsvg</c> on the DOT that <c>render</c> writes for
/// the same graph as the baseline (a process per run, as a user would run it; needs <c>dot</c> on the PATH).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 10)]
public class RenderBenchmarks
{
    private DiagramGraph _graph = null!;
    private string _dot = string.Empty;

    /// <summary>The number of nodes.</summary>
    [Params(300)]
    public int Nodes { get; set; }

    /// <summary>Generates the graph and its DOT text.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _graph = DiagramGraph.From(SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(Nodes) { Seed = 1, AverageSuppliers = 2.5 }));
        _dot = DotWriter.Write(_graph, DiagramOptions.Default);
        Console.WriteLine($"// {_graph.Nodes.Count} nodes, {_graph.Edges.Count} links drawn");
    }

    /// <summary>Graphviz: <c>dot -Tsvg</c> on the same graph, as a process.</summary>
    /// <returns>The SVG's length.</returns>
    [Benchmark(Baseline = true)]
    public int GraphvizDotProcess()
    {
        using var dot = Process.Start(new ProcessStartInfo("dot", "-Tsvg")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("dot did not start");
        dot.StandardInput.Write(_dot);
        dot.StandardInput.Close();
        var svg = dot.StandardOutput.ReadToEnd();
        dot.WaitForExit();
        return svg.Length;
    }

    /// <summary>The built-in layered layout and our SVG writer.</summary>
    /// <returns>The SVG's length.</returns>
    [Benchmark]
    public int SvgBuiltinLayout() => SvgDiagramWriter.Write(_graph, LayeredLayout.Compute(_graph), DiagramOptions.Default).Length;
}
