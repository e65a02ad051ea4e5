namespace ChipChain.Analysis.Diff;

/// <summary>
/// The changes between two supply graphs: what changed in the graph itself (every list sorted ordinally, links by
/// supplier, consumer, item), and how each target's answers changed (sorted by target id). Immutable.
/// </summary>
/// <param name="NodesAdded">Ids only in the new graph.</param>
/// <param name="NodesRemoved">Ids only in the old graph.</param>
/// <param name="Renamed">Nodes in both whose name differs.</param>
/// <param name="Rekinded">Nodes in both whose kind differs.</param>
/// <param name="MovedCountry">Nodes in both whose country differs.</param>
/// <param name="LinksAdded">Links only in the new graph, with their share there.</param>
/// <param name="LinksRemoved">Links only in the old graph, with their share there.</param>
/// <param name="SharesChanged">Links in both whose effective share moved beyond the tolerance.</param>
/// <param name="Targets">How the answers changed, one entry per target (empty when only the structure was compared).</param>
public sealed record GraphDiffResult(
    IReadOnlyList<string> NodesAdded,
    IReadOnlyList<string> NodesRemoved,
    IReadOnlyList<NodeChange<string?>> Renamed,
    IReadOnlyList<NodeChange<string?>> Rekinded,
    IReadOnlyList<NodeChange<string?>> MovedCountry,
    IReadOnlyList<LinkChange> LinksAdded,
    IReadOnlyList<LinkChange> LinksRemoved,
    IReadOnlyList<LinkChange> SharesChanged,
    IReadOnlyList<TargetDiff> Targets)
{
    /// <summary>Whether the graph itself is unchanged (the targets' answers aside).</summary>
    public bool StructureIsEmpty =>
        NodesAdded.Count == 0 && NodesRemoved.Count == 0 && Renamed.Count == 0 && Rekinded.Count == 0 &&
        MovedCountry.Count == 0 && LinksAdded.Count == 0 && LinksRemoved.Count == 0 && SharesChanged.Count == 0;

    /// <summary>Whether nothing changed at all.</summary>
    public bool IsEmpty => StructureIsEmpty && Targets.All(t => t.IsEmpty);
}
