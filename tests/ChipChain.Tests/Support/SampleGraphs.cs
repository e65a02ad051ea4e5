using ChipChain.Model;

namespace ChipChain.Tests.Support;

/// <summary>The sample graphs of the repository, loaded once.</summary>
internal static class SampleGraphs
{
    private static readonly Lazy<SupplyGraph> Accelerators = new(() => RepositoryFiles.LoadGraph("ai-accelerators.json"));
    private static readonly Lazy<SupplyGraph> MinimalGraph = new(() => RepositoryFiles.LoadGraph("minimal.json"));

    /// <summary>graphs/ai-accelerators.json.</summary>
    public static SupplyGraph AiAccelerators => Accelerators.Value;

    /// <summary>graphs/minimal.json.</summary>
    public static SupplyGraph Minimal => MinimalGraph.Value;

    /// <summary>The five products made by TSMC in the sample.</summary>
    public static readonly string[] TsmcProducts = ["amd-mi300x", "apple-m4", "google-tpu-v5p", "nvidia-b200", "nvidia-h100"];

    /// <summary>The two products with SMIC-made logic dies in the sample (the 910B also draws on TSMC die stock).</summary>
    public static readonly string[] SmicProducts = ["cambricon-mlu590", "huawei-ascend-910b"];
}
