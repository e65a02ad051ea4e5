using ChipChain.Model;

namespace ChipChain.Rendering.Tests.Support;

/// <summary>The repository's sample graphs, loaded once.</summary>
internal static class Graphs
{
    private static readonly Lazy<SupplyGraph> Sample = new(() => RepositoryFiles.LoadGraph("ai-accelerators.json"));
    private static readonly Lazy<SupplyGraph> MinimalGraph = new(() => RepositoryFiles.LoadGraph("minimal.json"));

    public static SupplyGraph AiAccelerators => Sample.Value;

    public static SupplyGraph Minimal => MinimalGraph.Value;
}
