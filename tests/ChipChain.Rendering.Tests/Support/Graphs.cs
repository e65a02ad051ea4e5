using ChipChain.Json;
using ChipChain.Model;

namespace ChipChain.Rendering.Tests.Support;

/// <summary>The repository's sample graphs, loaded once.</summary>
internal static class Graphs
{
    private static readonly Lazy<SupplyGraph> Sample = new(() => SupplyGraphJson.Load(PathOf("ai-accelerators.json")));
    private static readonly Lazy<SupplyGraph> MinimalGraph = new(() => SupplyGraphJson.Load(PathOf("minimal.json")));

    public static SupplyGraph AiAccelerators => Sample.Value;

    public static SupplyGraph Minimal => MinimalGraph.Value;

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChipChain.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("ChipChain.sln not found above the test directory");
        }
    }

    public static string PathOf(string name) => Path.Combine(RepositoryRoot, "graphs", name);
}
