using ChipChain.Model;

namespace ChipChain.Analysis.Scenarios;

/// <summary>
/// Cuts every delivery from a supplier in <see cref="SupplierCountry"/> to a consumer in
/// <see cref="ConsumerCountry"/> — an export control or a blockade — optionally only of one <see cref="Item"/> and
/// only from suppliers of one <see cref="SupplierKind"/> or to consumers of one <see cref="ConsumerKind"/> ("US
/// equipment to CN fabs"). A delivery is a direct link, or a path through markets: structure nodes without a
/// country (docs/design.md, what-if), such as "ArF immersion lithography tools" between ASML's line and SMIC's fab.
/// The item is the one the consumer receives (the item of the path's last link). Only that consumer loses the
/// supplier's part of the market; the market's other consumers keep it. Immutable.
/// </summary>
public sealed class LinkCutFilter
{
    /// <summary>Creates a filter.</summary>
    /// <param name="supplierCountry">The supplier's country code.</param>
    /// <param name="consumerCountry">The consumer's country code.</param>
    /// <param name="item">The item, or <see langword="null"/> for every item.</param>
    /// <exception cref="ArgumentException">A country code is null, empty or white space, or <paramref name="item"/> is empty.</exception>
    public LinkCutFilter(string supplierCountry, string consumerCountry, string? item = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(supplierCountry);
        ArgumentException.ThrowIfNullOrWhiteSpace(consumerCountry);
        if (item is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(item);
        }

        SupplierCountry = supplierCountry;
        ConsumerCountry = consumerCountry;
        Item = item;
    }

    /// <summary>The supplier's country code.</summary>
    public string SupplierCountry { get; }

    /// <summary>The consumer's country code.</summary>
    public string ConsumerCountry { get; }

    /// <summary>The item, or <see langword="null"/> for every item.</summary>
    public string? Item { get; }

    /// <summary>The supplier's kind (<c>equipment</c>, <c>materials</c>, …), or <see langword="null"/> for any kind.</summary>
    public string? SupplierKind { get; init; }

    /// <summary>The consumer's kind, or <see langword="null"/> for any kind.</summary>
    public string? ConsumerKind { get; init; }

    /// <summary>Whether the link at index <paramref name="link"/> of <paramref name="graph"/> is cut.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="link">The link index.</param>
    /// <returns><see langword="true"/> when the link matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    internal bool Matches(SupplyGraph graph, int link)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return MatchesSupplier(graph[graph.SupplierIndex(link)]) && MatchesDelivery(graph[graph.ConsumerIndex(link)], graph.Links[link].Item);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = Item is null ? $"{SupplierCountry}:{ConsumerCountry}" : $"{SupplierCountry}:{ConsumerCountry}:{Item}";
        return SupplierKind is null && ConsumerKind is null ? text : $"{text} ({SupplierKind ?? "any"} to {ConsumerKind ?? "any"})";
    }

    /// <summary>Whether <paramref name="node"/> is a supplier this filter cuts off.</summary>
    internal bool MatchesSupplier(Node node) =>
        string.Equals(node.Country, SupplierCountry, StringComparison.Ordinal) && (SupplierKind is null || string.Equals(node.Kind, SupplierKind, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="consumer"/> receiving <paramref name="item"/> is a delivery this filter cuts.</summary>
    internal bool MatchesDelivery(Node consumer, string? item) =>
        string.Equals(consumer.Country, ConsumerCountry, StringComparison.Ordinal)
        && (ConsumerKind is null || string.Equals(consumer.Kind, ConsumerKind, StringComparison.Ordinal))
        && (Item is null || string.Equals(item, Item, StringComparison.Ordinal));
}
