using ChipChain.Model;

namespace ChipChain.Analysis.Scenarios;

/// <summary>
/// Cuts every link whose supplier is in <see cref="SupplierCountry"/>, whose consumer is in
/// <see cref="ConsumerCountry"/> and, when <see cref="Item"/> is given, that delivers that item — an export control
/// or a blockade. Nodes without a country (market nodes) match no filter. Immutable.
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

    /// <summary>Whether the link at index <paramref name="link"/> of <paramref name="graph"/> is cut.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="link">The link index.</param>
    /// <returns><see langword="true"/> when the link matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    internal bool Matches(SupplyGraph graph, int link)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return string.Equals(graph[graph.SupplierIndex(link)].Country, SupplierCountry, StringComparison.Ordinal)
            && string.Equals(graph[graph.ConsumerIndex(link)].Country, ConsumerCountry, StringComparison.Ordinal)
            && (Item is null || string.Equals(graph.Links[link].Item, Item, StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public override string ToString() => Item is null ? $"{SupplierCountry}:{ConsumerCountry}" : $"{SupplierCountry}:{ConsumerCountry}:{Item}";
}
