using System.Text.Json;

namespace ChipChain.Model;

/// <summary>A supply link: <see cref="Supplier"/> delivers <see cref="Item"/> to <see cref="Consumer"/>. Immutable.</summary>
public sealed class Link
{
    private readonly double? _share;
    private readonly double? _capacity;
    private readonly int? _inventoryWeeks;

    /// <summary>Creates a link.</summary>
    /// <param name="supplier">The id of the supplying node.</param>
    /// <param name="consumer">The id of the consuming node.</param>
    /// <exception cref="ArgumentException">An id is null, empty or white space.</exception>
    /// <exception cref="SupplyGraphException"><paramref name="supplier"/> equals <paramref name="consumer"/>.</exception>
    public Link(string supplier, string consumer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(supplier);
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        if (string.Equals(supplier, consumer, StringComparison.Ordinal))
        {
            throw new SelfLinkException(supplier);
        }

        Supplier = supplier;
        Consumer = consumer;
    }

    /// <summary>The id of the supplying node.</summary>
    public string Supplier { get; }

    /// <summary>The id of the consuming node.</summary>
    public string Consumer { get; }

    /// <summary>What is delivered. Links into one consumer with the same item are alternatives; a link without one is its own item.</summary>
    public string? Item { get; init; }

    /// <summary>The fraction (0..1) of the consumer's need for the item that this supplier covers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0..1.</exception>
    public double? Share
    {
        get => _share;
        init
        {
            if (value is { } v && !(v >= 0 && v <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), v, $"Share of {Supplier} -> {Consumer} must be between 0 and 1.");
            }

            _share = value;
        }
    }

    /// <summary>The capacity of the link, in the consumer's or supplier's unit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number or NaN.</exception>
    public double? Capacity
    {
        get => _capacity;
        init
        {
            if (value is { } v && (double.IsNaN(v) || v < 0))
            {
                throw new ArgumentOutOfRangeException(nameof(value), v, $"Capacity of {Supplier} -> {Consumer} must be zero or more.");
            }

            _capacity = value;
        }
    }

    /// <summary>
    /// Weeks the consumer can keep running on stock of this link's item once every supplier of the item is down
    /// (0 or more), or null for none (0). Stock of one item is fungible: the item's buffer is the largest value among
    /// its links (docs/time.md).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above <see cref="Node.MaxWeeks"/>.</exception>
    public int? InventoryWeeks
    {
        get => _inventoryWeeks;
        init
        {
            if (value is { } v && (v < 0 || v > Node.MaxWeeks))
            {
                throw new ArgumentOutOfRangeException(nameof(value), v, $"Inventory weeks of {Supplier} -> {Consumer} must be between 0 and {Node.MaxWeeks}.");
            }

            _inventoryWeeks = value;
        }
    }

    /// <summary>A free-text note.</summary>
    public string? Note { get; init; }

    /// <summary>The id of the <see cref="SourceReference"/> the link comes from.</summary>
    public string? Source { get; init; }

    /// <summary>Properties the format does not define, kept so that a load/save round trip loses nothing.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnknownProperties { get; init => field = Frozen.Properties(value); } = EmptyProperties.Instance;

    /// <summary>Where the link was defined in its source file, if it was loaded from one.</summary>
    public SourcePosition? Position { get; init; }

    /// <inheritdoc />
    public override string ToString() => Item is null ? $"{Supplier} -> {Consumer}" : $"{Supplier} -[{Item}]-> {Consumer}";
}
