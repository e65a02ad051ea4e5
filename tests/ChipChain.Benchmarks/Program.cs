using System.Diagnostics;
using BenchmarkDotNet.Running;
using ChipChain.Benchmarks;
using ChipChain.Json;

// "memory" measures what the loaded 1M-node graph keeps on the managed heap (BenchmarkDotNet reports allocations, not retention).
if (args is ["memory", ..])
{
    var path = args.Length > 1 ? args[1] : GeneratedGraphs.File(GraphSize.Nodes1M);
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var watch = Stopwatch.StartNew();
    var graph = SupplyGraphJson.Load(path);
    watch.Stop();
    var after = GC.GetTotalMemory(forceFullCollection: true);
    var size = new FileInfo(path).Length;
    Console.WriteLine($"{path}: {size / 1e6:F0} MB, {graph.NodeCount} nodes, {graph.Links.Count} links");
    Console.WriteLine($"load {watch.Elapsed.TotalSeconds:F2} s ({size / 1e6 / watch.Elapsed.TotalSeconds:F0} MB/s), graph retains {(after - before) / 1e6:F0} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
    GC.KeepAlive(graph);
    GeneratedGraphs.DeleteFiles();
    return;
}

// "snapshot PATH [RUNS]" opens a snapshot five (or RUNS) times in a fresh process and says how long each took and what the graph keeps.
if (args is ["snapshot", var snapshotPath, ..] && args.Length <= 3)
{
    var size = new FileInfo(snapshotPath).Length;
    var runs = args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
    for (var run = 0; run < runs; run++)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (pause, collections) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2));
        var watch = Stopwatch.StartNew();
        var graph = ChipChain.Snapshot.SupplyGraphSnapshot.Load(snapshotPath);
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        (pause, collections) = (GC.GetTotalPauseDuration() - pause, GC.CollectionCount(2) - collections);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"open {watch.Elapsed.TotalMilliseconds:F0} ms ({size / 1e9 / watch.Elapsed.TotalSeconds:F2} GB/s), {cpu.TotalMilliseconds:F0} ms of processor time, {collections} full collection(s) pausing {pause.TotalMilliseconds:F0} ms, graph retains {(after - before) / 1e6:F0} MB, {graph.NodeCount} nodes");
        GC.KeepAlive(graph);
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratedGraphs).Assembly).Run(args);
