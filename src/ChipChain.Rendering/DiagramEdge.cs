namespace ChipChain.Rendering;

/// <summary>
/// One drawn arrow: every link from one supplier to one consumer, merged (a supplier that delivers two items to the
/// same consumer is drawn once, with both items).
/// </summary>
public sealed class DiagramEdge
{
    internal DiagramEdge(int index, int source, int target, string supplierId, string consumerId, IReadOnlyList<string> items, IReadOnlyList<int> links, IReadOnlyList<DiagramEdgeLabel> labels)
    {
        Labels = labels;
        Index = index;
        Source = source;
        Target = target;
        SupplierId = supplierId;
        ConsumerId = consumerId;
        Items = items;
        LinkIndices = links;
    }

    /// <summary>The edge's position in <see cref="DiagramGraph.Edges"/>.</summary>
    public int Index { get; }

    /// <summary>The supplier's node id.</summary>
    public string SupplierId { get; }

    /// <summary>The consumer's node id.</summary>
    public string ConsumerId { get; }

    /// <summary>The distinct items delivered, sorted ordinally (empty when no link names one).</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>
    /// What the arrow carries, for its label: one entry per distinct item and share, ordered by item then share
    /// (empty when no link names an item or a share).
    /// </summary>
    public IReadOnlyList<DiagramEdgeLabel> Labels { get; }

    /// <summary>
    /// The indices in <see cref="ChipChain.Model.SupplyGraph.Links"/> of the merged links; in the firms view, the first
    /// link of each collapsed path (out of the supplier).
    /// </summary>
    public IReadOnlyList<int> LinkIndices { get; }

    /// <summary>The supplier's position in <see cref="DiagramGraph.NodeIndices"/>.</summary>
    internal int Source { get; }

    /// <summary>The consumer's position in <see cref="DiagramGraph.NodeIndices"/>.</summary>
    internal int Target { get; }
}
