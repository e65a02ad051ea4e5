namespace ChipChain.Model;

/// <summary>
/// The per-link values the topology and the analyses read (item and share), in columns, plus what is needed to make
/// the <see cref="Link"/> objects on first use of <see cref="SupplyGraph.Links"/>. A loaded million-link graph that is
/// only analysed never allocates (and the garbage collector never promotes) four million link objects.
/// </summary>
internal sealed class LinkColumns
{
    private readonly Lazy<Link[]>? _made;
    private readonly Link[]? _given;
    private readonly Func<int, Link>? _make;
    private readonly Func<int, bool>? _plain;
    private string?[]? _item;
    private double[]? _share;

    /// <summary>Columns taken from links that already exist (builder, generator).</summary>
    public LinkColumns(Link[] links)
    {
        _given = links;
        Count = links.Length;
        _item = new string?[links.Length];
        _share = new double[links.Length];
        for (var l = 0; l < links.Length; l++)
        {
            _item[l] = links[l].Item;
            _share[l] = links[l].Share ?? double.NaN;
        }
    }

    /// <summary>Columns read from a file: ordinary links are made from them on demand, the rest are kept whole.</summary>
    /// <param name="item">Each link's item.</param>
    /// <param name="share">Each link's share, NaN when it has none.</param>
    /// <param name="make">Makes link <c>l</c> (called once per link, on first use of the links).</param>
    /// <param name="plain">Whether link <c>l</c> is an ordinary one: no field but its ends, item, share and position.</param>
    public LinkColumns(string?[] item, double[] share, Func<int, Link> make, Func<int, bool> plain)
        : this(item.Length, make)
    {
        _item = item;
        _share = share;
        _plain = plain;
    }

    /// <summary>
    /// Links of a graph whose topology was built elsewhere (a snapshot): nothing is held per link here until the
    /// links are asked for; <see cref="Item"/> and <see cref="Share"/> are then taken from them.
    /// </summary>
    /// <param name="count">The number of links.</param>
    /// <param name="make">Makes link <c>l</c> (called once per link, on first use of the links).</param>
    public LinkColumns(int count, Func<int, Link> make)
    {
        Count = count;
        _make = make;
        _made = new Lazy<Link[]>(() =>
        {
            var links = new Link[count];
            for (var l = 0; l < links.Length; l++)
            {
                links[l] = make(l);
            }

            return links;
        });
    }

    /// <summary>The number of links.</summary>
    public int Count { get; }

    /// <summary>Each link's item, or null.</summary>
    public string?[] Item => _item ??= Array.ConvertAll(Links, l => l.Item);

    /// <summary>Each link's share, or NaN when it states none (a share is never NaN).</summary>
    public double[] Share => _share ??= Array.ConvertAll(Links, l => l.Share ?? double.NaN);

    /// <summary>The link objects, made on first use.</summary>
    public Link[] Links => _given ?? _made!.Value;

    /// <summary>
    /// Whether link <paramref name="l"/> is known to be an ordinary one (no field but its ends, item, share and
    /// position), so that a writer needs only <see cref="Item"/> and <see cref="Share"/> for it.
    /// </summary>
    public bool IsPlain(int l) => _plain is not null && _plain(l);

    /// <summary>
    /// Link <paramref name="l"/> to read its fields, without making every link object: when the links were not made
    /// yet, it is made alone and not kept (a link kept whole by the reader is that same object).
    /// </summary>
    public Link Read(int l) => _given?[l] ?? (_made!.IsValueCreated ? _made.Value[l] : _make!(l));
}
