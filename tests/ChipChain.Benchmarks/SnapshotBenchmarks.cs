using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using ChipChain.Generation;
using ChipChain.Model;
using ChipChain.Snapshot;

namespace ChipChain.Benchmarks;

/// <summary>
/// Opening the generated 1M-node / 4M-link graph from a binary snapshot. The baseline reads the same file front to
/// back in 1 MiB blocks into one buffer, so the ratio says what checking and building the graph cost on top of
/// reading its bytes at all (the file is in the page cache for both).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SnapshotBenchmarks
{
    private readonly byte[] _buffer = new byte[1 << 20];
    private string _path = string.Empty;

    /// <summary>The graph size.</summary>
    [Params(GraphSize.Nodes1M)]
    public GraphSize Size { get; set; }

    /// <summary>
    /// Writes the snapshot once, from a graph that is then dropped: the shared in-memory graphs of
    /// <see cref="GeneratedGraphs"/> would otherwise stay on the heap and make every collection during the open mark them.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"chipchain-bench-{Guid.NewGuid():N}.ccg");
        SupplyGraphSnapshot.Save(SyntheticGraphGenerator.Generate(GeneratedGraphs.Options(Size)), _path);
        GC.Collect();
        Console.WriteLine($"// {_path}: {new FileInfo(_path).Length / 1e6:F0} MB");
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>Reads every byte of the file in 1 MiB blocks.</summary>
    /// <returns>The number of bytes read.</returns>
    [Benchmark(Baseline = true)]
    public long ReadFile()
    {
        using var handle = File.OpenHandle(_path);
        long total = 0;
        int read;
        while ((read = RandomAccess.Read(handle, _buffer, total)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>Opens the snapshot into a <see cref="SupplyGraph"/> (checksums, checks, id table, topology as read; nodes are made on first use).</summary>
    /// <returns>The graph.</returns>
    [Benchmark]
    public SupplyGraph Open() => SupplyGraphSnapshot.Load(_path);
}
