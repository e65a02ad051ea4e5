using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>
/// Makes the link objects of a graph opened from a snapshot, on first use of <see cref="SupplyGraph.Links"/>: the
/// item and share columns, checked when the snapshot was opened but not kept, are read again from the file and
/// must still match their checksums; the ends come from the topology.
/// </summary>
internal sealed class SnapshotLinks
{
    private readonly string _path;
    private readonly string _file;
    private readonly SnapshotExtent _item;
    private readonly SnapshotExtent _share;
    private readonly SnapshotStringTable _strings;
    private readonly Dictionary<int, SnapshotLinkExtras> _extras;
    private readonly Func<int, string> _id;
    private readonly GraphTopology _topology;
    private readonly Lazy<Columns> _columns;

    public SnapshotLinks(SnapshotFile snapshot, string path, SnapshotStringTable strings, Dictionary<int, SnapshotLinkExtras> extras, Func<int, string> id, GraphTopology topology)
    {
        _path = path;
        _file = snapshot.File;
        _item = snapshot.Extent(SnapshotSection.LinkItem);
        _share = snapshot.Extent(SnapshotSection.LinkShare);
        _strings = strings;
        _extras = extras;
        _id = id;
        _topology = topology;
        _columns = new Lazy<Columns>(Load);
    }

    /// <summary>Makes link <paramref name="link"/>.</summary>
    /// <exception cref="InvalidSnapshotException">The file changed since it was opened.</exception>
    /// <exception cref="IOException">The file can no longer be read.</exception>
    public Link Make(int link)
    {
        var columns = _columns.Value;
        var item = columns.Item[link];
        var share = columns.Share[link];
        var supplier = _id(columns.Supplier[link]);
        var consumer = _id(columns.Consumer[link]);
        if (!_extras.TryGetValue(link, out var extras))
        {
            return new Link(supplier, consumer)
            {
                Item = _strings.Get(item),
                Share = double.IsNaN(share) ? null : share,
            };
        }

        return new Link(supplier, consumer)
        {
            Item = _strings.Get(item),
            Share = double.IsNaN(share) ? null : share,
            Capacity = extras.Capacity,
            InventoryWeeks = extras.InventoryWeeks,
            Note = extras.Note,
            Source = extras.Source,
            UnknownProperties = extras.Unknown,
        };
    }

    private Columns Load()
    {
        var (supplier, consumer) = SupplyGraph.LinkEnds(_topology);
        return new Columns(
            SnapshotFile.ReadAgain<int>(_path, _file, _item),
            SnapshotFile.ReadAgain<double>(_path, _file, _share),
            supplier,
            consumer);
    }

    private sealed record Columns(int[] Item, double[] Share, int[] Supplier, int[] Consumer);
}
