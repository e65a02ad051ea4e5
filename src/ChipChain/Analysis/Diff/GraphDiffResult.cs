namespace ChipChain.Analysis.Diff;

/// <summary>The changes between two supply graphs: the structure, and the answers per target (sorted by target id). Immutable.</summary>
/// <param name="Structure">What changed in the graph itself.</param>
/// <param name="Targets">How the answers changed, one entry per target.</param>
public sealed record GraphDiffResult(StructureDiff Structure, IReadOnlyList<TargetDiff> Targets)
{
    /// <summary>Whether nothing changed at all.</summary>
    public bool IsEmpty => Structure.IsEmpty && Targets.All(t => t.IsEmpty);
}
