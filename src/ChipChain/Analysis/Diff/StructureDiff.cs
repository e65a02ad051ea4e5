namespace ChipChain.Analysis.Diff;

/// <summary>What changed in the graph itself. Every list is sorted ordinally (links by supplier, consumer, item). Immutable.</summary>
/// <param name="NodesAdded">Ids only in the new graph.</param>
/// <param name="NodesRemoved">Ids only in the old graph.</param>
/// <param name="Renamed">Nodes in both whose name differs.</param>
/// <param name="Rekinded">Nodes in both whose kind differs.</param>
/// <param name="MovedCountry">Nodes in both whose country differs.</param>
/// <param name="LinksAdded">Links only in the new graph.</param>
/// <param name="LinksRemoved">Links only in the old graph.</param>
/// <param name="SharesChanged">Links in both whose effective share moved beyond the tolerance.</param>
public sealed record StructureDiff(
    IReadOnlyList<string> NodesAdded,
    IReadOnlyList<string> NodesRemoved,
    IReadOnlyList<NodeChange> Renamed,
    IReadOnlyList<NodeChange> Rekinded,
    IReadOnlyList<NodeChange> MovedCountry,
    IReadOnlyList<LinkKey> LinksAdded,
    IReadOnlyList<LinkKey> LinksRemoved,
    IReadOnlyList<ShareChange> SharesChanged)
{
    /// <summary>Whether nothing changed.</summary>
    public bool IsEmpty =>
        NodesAdded.Count == 0 && NodesRemoved.Count == 0 && Renamed.Count == 0 && Rekinded.Count == 0 &&
        MovedCountry.Count == 0 && LinksAdded.Count == 0 && LinksRemoved.Count == 0 && SharesChanged.Count == 0;
}
