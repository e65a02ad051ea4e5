using System.Collections.Concurrent;
using ChipChain.Generation;
using ChipChain.Json;
using ChipChain.Model;
using ChipChain.Snapshot;

namespace ChipChain.Benchmarks;

/// <summary>
/// Generated graphs and their JSON files, made once per benchmark process and shared by every benchmark class
/// (generating a million-node graph takes seconds). All use seed 1 and the default shape (4 suppliers per node on
/// average, 0.1 % back links, 10 % markets) unless <c>allAny</c> asks for a graph where every node is
/// <c>requires: any</c> (the shape the NetworkX dominator comparison needs).
/// </summary>
public static class GeneratedGraphs
{
    private static readonly ConcurrentDictionary<(GraphSize, bool), SupplyGraph> Graphs = new();
    private static readonly ConcurrentDictionary<(GraphSize, bool), string> Files = new();
    private static readonly ConcurrentDictionary<(GraphSize, bool), string> Snapshots = new();
    private static readonly Lazy<string> Folder = new(() => Directory.CreateTempSubdirectory("chipchain-bench-").FullName);

    /// <summary>The options a size stands for.</summary>
    /// <param name="size">The size.</param>
    /// <param name="allAny">Whether every node is <c>requires: any</c> (and the graph acyclic).</param>
    /// <returns>The generator options.</returns>
    internal static SyntheticGraphOptions Options(GraphSize size, bool allAny = false) =>
        allAny
            ? new SyntheticGraphOptions((int)size) { AnyFraction = 1, CycleFraction = 0 }
            : new SyntheticGraphOptions((int)size);

    /// <summary>The graph of a size, generated on first use.</summary>
    /// <param name="size">The size.</param>
    /// <param name="allAny">Whether every node is <c>requires: any</c>.</param>
    /// <returns>The graph.</returns>
    public static SupplyGraph Graph(GraphSize size, bool allAny = false) =>
        Graphs.GetOrAdd((size, allAny), key => SyntheticGraphGenerator.Generate(Options(key.Item1, key.Item2)));

    /// <summary>The graph of a size saved as chipchain/1 JSON in a temporary folder, written on first use.</summary>
    /// <param name="size">The size.</param>
    /// <param name="allAny">Whether every node is <c>requires: any</c>.</param>
    /// <returns>The file path.</returns>
    public static string File(GraphSize size, bool allAny = false) =>
        Files.GetOrAdd((size, allAny), key =>
        {
            var path = Path.Combine(Folder.Value, $"generated-{(int)key.Item1}{(key.Item2 ? "-any" : string.Empty)}.json");
            SupplyGraphJson.Save(Graph(key.Item1, key.Item2), path);
            return path;
        });

    /// <summary>The graph of a size saved as a binary snapshot (.ccg) in the temporary folder, written on first use.</summary>
    /// <param name="size">The size.</param>
    /// <param name="allAny">Whether every node is <c>requires: any</c>.</param>
    /// <returns>The file path.</returns>
    public static string Snapshot(GraphSize size, bool allAny = false) =>
        Snapshots.GetOrAdd((size, allAny), key =>
        {
            var path = Path.Combine(Folder.Value, $"generated-{(int)key.Item1}{(key.Item2 ? "-any" : string.Empty)}.ccg");
            SupplyGraphSnapshot.Save(Graph(key.Item1, key.Item2), path);
            return path;
        });

    /// <summary>Deletes the temporary files.</summary>
    public static void DeleteFiles()
    {
        if (Folder.IsValueCreated && Directory.Exists(Folder.Value))
        {
            Directory.Delete(Folder.Value, recursive: true);
        }

        Files.Clear();
        Snapshots.Clear();
    }
}
