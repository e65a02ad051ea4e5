using ChipChain.Model;

namespace ChipChain.Analysis.Diff;

/// <summary>The answer half of a diff: one target's answers in both graphs, as set differences.</summary>
internal static class TargetComparison
{
    private const double ExposureEpsilon = 1e-9;

    public static TargetDiff Compare(SupplyGraph before, SupplyGraph after, string target, TargetAnswers old, TargetAnswers now)
    {
        var oldSpofs = old.Spofs.ToHashSet(StringComparer.Ordinal);
        var newSpofs = now.Spofs.ToHashSet(StringComparer.Ordinal);
        var spofAdded = now.Spofs.Where(id => !oldSpofs.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var spofRemoved = old.Spofs.Where(id => !newSpofs.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var spofKept = old.Spofs.Where(newSpofs.Contains).Order(StringComparer.Ordinal).ToList();

        var oldPairs = old.Pairs.Select(Key).ToHashSet(StringComparer.Ordinal);
        var newPairs = now.Pairs.Select(Key).ToHashSet(StringComparer.Ordinal);
        var pairsAdded = now.Pairs.Where(p => !oldPairs.Contains(Key(p))).ToList();
        var pairsRemoved = old.Pairs.Where(p => !newPairs.Contains(Key(p))).ToList();
        pairsAdded.Sort(CutSetList.Compare);
        pairsRemoved.Sort(CutSetList.Compare);

        var concentration = new List<ConcentrationChange>();
        foreach (var key in old.Concentration.Keys.Union(now.Concentration.Keys))
        {
            var b = old.Concentration.GetValueOrDefault(key);
            var a = now.Concentration.GetValueOrDefault(key);
            if (b != a)
            {
                concentration.Add(ConcentrationChange.Of(key.Item, key.Consumer, b, a));
            }
        }

        concentration.Sort((x, y) =>
        {
            var c = string.CompareOrdinal(x.Item, y.Item);
            return c != 0 ? c : string.CompareOrdinal(x.Consumer, y.Consumer);
        });

        var exposure = new List<NodeChange<double?>>();
        foreach (var id in old.Exposure.Keys.Union(now.Exposure.Keys, StringComparer.Ordinal))
        {
            var change = new NodeChange<double?>(
                id,
                before.Contains(id) ? old.Exposure.GetValueOrDefault(id) : null,
                after.Contains(id) ? now.Exposure.GetValueOrDefault(id) : null);
            if (Moved(change) >= ExposureEpsilon)
            {
                exposure.Add(change);
            }
        }

        exposure.Sort((x, y) =>
        {
            var c = Moved(y).CompareTo(Moved(x));
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        });

        // Every node id the diff names, to say which of them one graph does not have.
        var named = new SortedSet<string>(StringComparer.Ordinal) { target };
        named.UnionWith(spofAdded);
        named.UnionWith(spofRemoved);
        named.UnionWith(pairsAdded.SelectMany(p => p));
        named.UnionWith(pairsRemoved.SelectMany(p => p));
        named.UnionWith(concentration.Select(c => c.Consumer ?? c.Item));
        named.UnionWith(exposure.Select(e => e.Id));
        var onlyBefore = named.Where(id => before.Contains(id) && !after.Contains(id)).ToList();
        var onlyAfter = named.Where(id => after.Contains(id) && !before.Contains(id)).ToList();
        return new TargetDiff(target, spofAdded, spofRemoved, spofKept, pairsAdded, pairsRemoved, concentration, exposure, onlyBefore, onlyAfter);
    }

    private static string Key(IReadOnlyList<string> set) => string.Join('\u0001', set);

    /// <summary>The size of an exposure's move, an absent node counting as 0.</summary>
    internal static double Moved(NodeChange<double?> change) => Math.Abs((change.After ?? 0) - (change.Before ?? 0));
}
