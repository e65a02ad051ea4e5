using ChipChain.Model;

namespace ChipChain.Cli.Report;

/// <summary>What every report section sees: the graph, the targets and the name of the input.</summary>
internal sealed record ReportContext(SupplyGraph Graph, IReadOnlyList<int> Targets, string Source);
