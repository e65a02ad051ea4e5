namespace ChipChain.Analysis;

/// <summary>The exposure of one target to each node upstream of it, largest loss first, then by id (ordinal). Immutable.</summary>
internal sealed class ExposureResult
{
    internal ExposureResult(string target, IReadOnlyList<NodeFigure> exposure)
    {
        Target = target;
        Exposure = exposure;
    }

    /// <summary>The target's id.</summary>
    public string Target { get; }

    /// <summary>One entry per node the target depends on, directly or not (the target itself not listed).</summary>
    public IReadOnlyList<NodeFigure> Exposure { get; }
}
