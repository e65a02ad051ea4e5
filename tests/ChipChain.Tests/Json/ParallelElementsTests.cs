using System.Text;
using ChipChain.Generation;
using ChipChain.Json;
using CsCheck;

namespace ChipChain.Tests.Json;

/// <summary>
/// Reading the nodes and links arrays in parallel chunks must give exactly what a sequential read gives: the same
/// graph with every source position, and on a broken file the same diagnostics. Tiny chunks make even small files
/// split into many chunks, so the cuts land everywhere: inside strings, between elements, next to the array's end.
/// </summary>
public sealed class ParallelElementsTests
{
    private static readonly string[] Corruptions =
    [
        "{", "}", "[", "]", ",", "\"", ":", "\\", "x", "1", "\n", " ", "tru", "\"share\":0.5,", "\"note\":\"}, {\",",
        "\"supplier\":\"ghost\",", "\"share\":2,", "/* c */", "\"extra\":{\"a\":[1]},", "\r\n",
    ];

    private static readonly Gen<byte[]> GeneratedFile =
        Gen.Select(Gen.Int[20, 300], Gen.ULong[1, 1000], Gen.Double[0, 1], Gen.Int[0, 2])
            .Select((nodes, seed, any, layout) =>
            {
                var graph = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(nodes) { AnyFraction = any, Seed = seed });
                var json = SupplyGraphJson.ToJson(graph);
                return Encoding.UTF8.GetBytes(layout switch
                {
                    1 => json.Replace("\n", "\r\n", StringComparison.Ordinal),
                    2 => json.Replace("},\n", "},", StringComparison.Ordinal),
                    _ => json,
                });
            });

    private static readonly Gen<byte[]> CorruptedFile =
        Gen.Select(GeneratedFile, Gen.Double[0, 1], Gen.Int[0, Corruptions.Length - 1], Gen.Int[0, 2])
            .Select((bytes, where, what, how) =>
            {
                var json = Encoding.UTF8.GetString(bytes);
                var at = (int)(where * (json.Length - 1));
                return Encoding.UTF8.GetBytes(how switch
                {
                    0 => json.Insert(at, Corruptions[what]),
                    1 => json.Remove(at, 1),
                    _ => json.Remove(at, 1).Insert(at, Corruptions[what]),
                });
            });

    private static (string Graph, string Diagnostics) Sequential(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return FastPathEquivalenceTests.Describe(SupplyGraphJson.Read(stream, "t.json", includeWarnings: true, fastPath: true));
    }

    private static (string Graph, string Diagnostics) Parallel(byte[] bytes, int chunkSize) =>
        FastPathEquivalenceTests.Describe(SupplyGraphJson.Read(bytes, "t.json", includeWarnings: true, chunkSize));

    [Fact]
    public void Read_random_generated_files_in_tiny_chunks_equals_sequential_read()
    {
        Gen.Select(GeneratedFile, Gen.Int[16, 4096]).Sample((bytes, chunkSize) =>
        {
            var parallel = Parallel(bytes, chunkSize);
            parallel.Should().Be(Sequential(bytes));
            parallel.Diagnostics.Should().NotContain("error");
        }, iter: 150);
    }

    [Fact]
    public void Read_random_corrupted_files_in_tiny_chunks_gives_the_sequential_diagnostics()
    {
        Gen.Select(CorruptedFile, Gen.Int[16, 4096]).Sample((bytes, chunkSize) =>
        {
            var parallel = Parallel(bytes, chunkSize);
            parallel.Should().Be(Sequential(bytes), Encoding.UTF8.GetString(bytes));
            foreach (var line in parallel.Diagnostics.Split('\n'))
            {
                line.Length.Should().BeLessThanOrEqualTo(300, "every message is one short line");
            }
        }, iter: 400);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(1000)]
    public void Read_ordinary_file_reads_both_arrays_in_parallel(int chunkSize)
    {
        var graph = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(500) { Seed = 3 });
        var bytes = Encoding.UTF8.GetBytes(SupplyGraphJson.ToJson(graph));
        var context = new ParseContext(new JsonTokenReader(bytes)) { ParallelChunkSize = chunkSize };

        var document = DocumentParser.Parse(context);

        context.ReadInParallel.Should().BeTrue();
        context.Diagnostics.Should().BeEmpty();
        document.Nodes.Count.Should().Be(graph.Nodes.Count);
        document.LinkCount.Should().Be(graph.Links.Count);
    }

    [Fact]
    public void Read_links_before_nodes_falls_back_and_equals_sequential_read()
    {
        var graph = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(200) { Seed = 4 });
        var json = SupplyGraphJson.ToJson(graph);
        var nodes = json.IndexOf("\"nodes\"", StringComparison.Ordinal);
        var links = json.IndexOf("\"links\"", StringComparison.Ordinal);
        var end = json.LastIndexOf('}');
        var swapped = json[..nodes] + json[links..end].TrimEnd() + ",\n  " + json[nodes..links].TrimEnd().TrimEnd(',') + "\n}";
        var bytes = Encoding.UTF8.GetBytes(swapped);

        var parallel = Parallel(bytes, 64);

        parallel.Should().Be(Sequential(bytes));
        parallel.Diagnostics.Should().NotContain("error");
    }

    [Fact]
    public void Read_notes_holding_element_separators_equals_sequential_read()
    {
        var nodes = string.Join(",\n", Enumerable.Range(0, 40).Select(i => $"{{\"id\":\"n{i}\"}}"));
        var links = string.Join(",\n", Enumerable.Range(1, 40).Select(i =>
            $"{{\"supplier\":\"n{i - 1}\",\"consumer\":\"n{i % 40}\",\"note\":\"}}, {{\\\"x\\\": [}}, {{\"}}"));
        var bytes = Encoding.UTF8.GetBytes("{\"format\":\"chipchain/1\",\"nodes\":[" + nodes + "],\"links\":[" + links + "]}");

        for (var chunkSize = 16; chunkSize < 400; chunkSize += 7)
        {
            Parallel(bytes, chunkSize).Should().Be(Sequential(bytes));
        }
    }
}
