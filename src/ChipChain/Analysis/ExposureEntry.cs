namespace ChipChain.Analysis;

/// <summary>How much of a target's supply is lost when one upstream node fails alone. Immutable.</summary>
public sealed class ExposureEntry
{
    internal ExposureEntry(string id, double loss)
    {
        Id = id;
        Loss = loss;
    }

    /// <summary>The failing node's id.</summary>
    public string Id { get; }

    /// <summary>1 − the target's supply level after the failure, 0..1, rounded to 9 decimals so float noise neither shows nor breaks ties.</summary>
    public double Loss { get; }
}
