using ChipChain.Model;

namespace ChipChain.Generation;

/// <summary>The generated links with their supplier and consumer indices, so the graph is built without looking ids up.</summary>
internal sealed class LinkTable(int capacity)
{
    private readonly List<Link> _links = new(capacity);
    private readonly List<int> _supplier = new(capacity);
    private readonly List<int> _consumer = new(capacity);

    public int Count => _links.Count;

    public int SupplierAt(int link) => _supplier[link];

    public void Add(Node supplier, Node consumer, int supplierIndex, int consumerIndex, string? item, double? share)
    {
        // The link reuses the nodes' id strings: a million-node graph must not hold a copy of every id per link.
        _links.Add(new Link(supplier.Id, consumer.Id) { Item = item, Share = share });
        _supplier.Add(supplierIndex);
        _consumer.Add(consumerIndex);
    }

    public SupplyGraph Build(GraphMetadata metadata, Node[] nodes)
    {
        var index = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            index.Add(nodes[i].Id, i);
        }

        return new SupplyGraph(metadata, nodes, [.. _links], index, [.. _supplier], [.. _consumer]);
    }
}
