namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// The concentration of one group of alternative suppliers: an item bought by one or more consumers from the same
/// suppliers with the same shares, or the inbound links of a <c>requires: any</c> (market) node.
/// </summary>
public sealed class ConcentrationRow
{
    internal ConcentrationRow(
        string item,
        bool isMarket,
        IReadOnlyList<string> consumers,
        int[] consumerIndices,
        IReadOnlyList<NodeFigure> suppliers,
        int[] supplierIndices,
        int countriesTo75)
    {
        Item = item;
        IsMarket = isMarket;
        Consumers = consumers;
        ConsumerIndices = consumerIndices;
        Suppliers = suppliers;
        SupplierIndices = supplierIndices;
        Hhi = Concentration.Hhi(suppliers.Select(s => s.Value));
        CountriesTo75 = countriesTo75;
        Level = Concentration.LevelOf(Hhi, countriesTo75);
    }

    /// <summary>The item name; for a market node its id; for a link without item <c>"(from SUPPLIER)"</c>.</summary>
    public string Item { get; }

    /// <summary>Whether the row is a <c>requires: any</c> node's inbound links rather than a consumer's item.</summary>
    public bool IsMarket { get; }

    /// <summary>The ids of the consumers buying the item from these suppliers, sorted ordinally.</summary>
    public IReadOnlyList<string> Consumers { get; }

    /// <summary>The suppliers with their shares of the item (0..1; the node's country is on the graph's node), largest share first (ties by id).</summary>
    public IReadOnlyList<NodeFigure> Suppliers { get; }

    /// <summary>The number of distinct suppliers.</summary>
    public int SupplierCount => Suppliers.Count;

    /// <summary>The largest supplier.</summary>
    public NodeFigure TopSupplier => Suppliers[0];

    /// <summary>The Herfindahl–Hirschman index, Σ (share in %)², 0..10 000.</summary>
    public double Hhi { get; }

    /// <summary>The number of countries needed to reach 75 % of supply (a supplier without country counts as its own).</summary>
    public int CountriesTo75 { get; }

    /// <summary>
    /// The concentration level: the more severe of the HHI level and the countries-to-75 % level. A display band over
    /// <see cref="Hhi"/> and <see cref="CountriesTo75"/> (docs/design.md §2), so internal: the CLI and the renderers show it.
    /// </summary>
    internal ConcentrationLevel Level { get; }

    internal int[] ConsumerIndices { get; }

    /// <summary>Supplier node indices, parallel to <see cref="Suppliers"/>.</summary>
    internal int[] SupplierIndices { get; }
}
