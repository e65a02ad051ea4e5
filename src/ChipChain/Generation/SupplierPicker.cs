namespace ChipChain.Generation;

/// <summary>
/// Picks suppliers within a tier by preferential attachment: half the time a supplier already picked (so the
/// chance grows with its degree), otherwise any supplier of the tier. This gives the long-tailed supplier degrees of
/// real supply chains, where a few firms serve very many customers.
/// </summary>
internal sealed class SupplierPicker(Xoshiro256 rng, int[] tierStart)
{
    private const double PreferentialChance = 0.5;
    private const int Attempts = 8;
    private readonly List<int>[] _picked = [.. Enumerable.Range(0, tierStart.Length - 1).Select(_ => new List<int>())];

    /// <summary>A supplier of <paramref name="tier"/> not in <paramref name="exclude"/>, or null when none is found quickly.</summary>
    public int? PickDistinct(int tier, List<int> exclude)
    {
        var picked = _picked[tier];
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var s = picked.Count > 0 && rng.Chance(PreferentialChance)
                ? picked[rng.Next(picked.Count)]
                : tierStart[tier] + rng.Next(tierStart[tier + 1] - tierStart[tier]);
            if (!exclude.Contains(s))
            {
                picked.Add(s);
                return s;
            }
        }

        return null;
    }
}
