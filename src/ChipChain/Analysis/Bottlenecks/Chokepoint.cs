namespace ChipChain.Analysis.Bottlenecks;

/// <summary>A concentrated supply upstream of a target, with what it means for that target.</summary>
public sealed class Chokepoint
{
    internal Chokepoint(string target, ConcentrationRow row, bool stopsTarget, double exposure)
    {
        Target = target;
        Row = row;
        StopsTarget = stopsTarget;
        Exposure = exposure;
    }

    /// <summary>The id of the target the chokepoint was ranked for.</summary>
    public string Target { get; }

    /// <summary>The item's concentration.</summary>
    public ConcentrationRow Row { get; }

    /// <summary>Whether losing all of the item's suppliers stops the target.</summary>
    public bool StopsTarget { get; }

    /// <summary>Whether the item has a single supplier and the target cannot do without it (ranked first).</summary>
    public bool IsCritical => StopsTarget && Row.SupplierCount == 1;

    /// <summary>The target's exposure to the top supplier: 1 − level(target) when it alone fails.</summary>
    public double Exposure { get; }
}
