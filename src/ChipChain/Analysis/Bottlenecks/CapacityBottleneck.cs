namespace ChipChain.Analysis.Bottlenecks;

/// <summary>How much of an item can reach its consumer given the capacities along its supply, and what binds it.</summary>
public sealed class CapacityBottleneck
{
    internal CapacityBottleneck(string consumer, string item, string? unit, double maximumFlow, IReadOnlyList<CapacityLimit> binding)
    {
        Consumer = consumer;
        Item = item;
        Unit = unit;
        MaximumFlow = maximumFlow;
        Binding = binding;
    }

    /// <summary>The consumer's id.</summary>
    public string Consumer { get; }

    /// <summary>The item (for a market node, its id).</summary>
    public string Item { get; }

    /// <summary>The capacities' unit, if stated.</summary>
    public string? Unit { get; }

    /// <summary>The maximum flow that can reach the consumer.</summary>
    public double MaximumFlow { get; }

    /// <summary>The capacities of a minimum cut, which together equal <see cref="MaximumFlow"/>.</summary>
    public IReadOnlyList<CapacityLimit> Binding { get; }
}
