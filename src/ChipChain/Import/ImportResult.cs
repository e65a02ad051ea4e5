using ChipChain.Model;

namespace ChipChain.Import;

/// <summary>What an import produced: the graph and the warnings, in input order.</summary>
public sealed class ImportResult
{
    /// <summary>Creates the result.</summary>
    /// <param name="graph">The imported graph.</param>
    /// <param name="warnings">The warnings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImportResult(SupplyGraph graph, IReadOnlyList<ImportWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(warnings);
        Graph = graph;
        Warnings = warnings;
    }

    /// <summary>The imported graph.</summary>
    public SupplyGraph Graph { get; }

    /// <summary>The warnings, in the order the input files were read.</summary>
    public IReadOnlyList<ImportWarning> Warnings { get; }
}
