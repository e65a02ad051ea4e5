using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using ChipChain.Json;
using ChipChain.Model;

namespace ChipChain.Benchmarks;

/// <summary>
/// Loading the generated 1M-node / 4M-link file. The baseline is a bare <see cref="Utf8JsonReader"/> token scan of
/// the same file, so the ratio says what parsing and building the graph cost on top of reading JSON at all.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LoadBenchmarks
{
    private string _path = string.Empty;

    /// <summary>The graph size.</summary>
    [Params(GraphSize.Nodes1M)]
    public GraphSize Size { get; set; }

    /// <summary>Writes the file once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = GeneratedGraphs.File(Size);
        Console.WriteLine($"// {_path}: {new FileInfo(_path).Length / 1e6:F0} MB");
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => GeneratedGraphs.DeleteFiles();

    /// <summary>Counts the tokens of the file with one <see cref="Utf8JsonReader"/> over a refilled 64 KiB buffer.</summary>
    /// <returns>The token count.</returns>
    [Benchmark(Baseline = true)]
    public long RawTokenScan()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        var state = new JsonReaderState();
        var end = 0;
        long tokens = 0;
        var final = false;
        while (!final)
        {
            var read = stream.Read(buffer, end, buffer.Length - end);
            final = read == 0;
            end += read;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, end), final, state);
            while (reader.Read())
            {
                tokens++;
            }

            state = reader.CurrentState;
            var used = (int)reader.BytesConsumed;
            Buffer.BlockCopy(buffer, used, buffer, 0, end - used);
            end -= used;
        }

        return tokens;
    }

    /// <summary>Loads the file into a <see cref="SupplyGraph"/> (parse, checks, compact topology).</summary>
    /// <returns>The graph.</returns>
    [Benchmark]
    public SupplyGraph Load() => SupplyGraphJson.Load(_path);
}
