namespace ChipChain.Analysis;

/// <summary>
/// Supply levels are sums of shares, and a sum's last bits depend on the order it was taken in (a cycle's sweeps, a
/// cascade confined to one target's upstream). Levels, losses and exposures are rounded to this many decimals so that
/// equal answers compare equal and every output is byte-identical however it was computed. This is not display
/// rounding: presentation rounds further, at the edge.
/// </summary>
internal static class LevelNoise
{
    /// <summary>The decimals kept.</summary>
    public const int Decimals = 9;

    /// <summary>Rounds away the summation noise.</summary>
    public static double Round(double value) => Math.Round(value, Decimals);
}
