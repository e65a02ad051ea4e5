namespace ChipChain.Analysis;

/// <summary>
/// Operations on families of cut sets truncated at an order K ≤ 4: each set is a sorted index array of at most K
/// elements; a family is minimal (no member contains another) and kept in canonical order (by size, then
/// element-wise), so two families are equal iff their lists are.
/// </summary>
/// <remarks>
/// Truncation is exact: the families represent the monotone "stopped" functions restricted to failure sets of at most
/// K nodes, and AND/OR of such functions are evaluated point-wise, on the same small sets. A set dropped for being
/// larger than K could only ever grow in a product, and a non-minimal set of size ≤ K always has its minimal subset
/// (also of size ≤ K) kept.
/// </remarks>
internal static class CutSetFamily
{
    /// <summary>The largest order supported: minimisation enumerates the 2^K subsets of a set.</summary>
    public const int MaxOrder = 4;

    /// <summary>Every pairwise union of a set of <paramref name="left"/> with one of <paramref name="right"/> (an AND), minimised.</summary>
    public static List<int[]> Product(List<int[]> left, List<int[]> right, int order)
    {
        var result = new List<int[]>((int)Math.Min(Cost(left, right.Count, order), 1 << 16));

        // A set already of the full order can only survive unchanged, when some right set lies inside it: look its
        // subsets up instead of pairing it with every right set (a product of wide OR items stays linear).
        HashSet<(int, int, int, int)>? rightKeys = null;
        foreach (var a in left)
        {
            if (a.Length == order)
            {
                rightKeys ??= right.Select(b => Key(b, (1 << b.Length) - 1)).ToHashSet();
                if (HasKeptSubset(a, rightKeys))
                {
                    result.Add(a);
                }

                continue;
            }

            foreach (var b in right)
            {
                var u = SortedIntSets.Union(a, b);
                if (u.Length <= order)
                {
                    result.Add(u);
                }
            }
        }

        return Minimise(result);
    }

    /// <summary>The work of <see cref="Product"/>: pairs tried for sets below the order, subset look-ups for full ones.</summary>
    public static long Cost(List<int[]> left, int rightCount, int order)
    {
        long cost = 0;
        foreach (var a in left)
        {
            cost += a.Length == order ? 1 << a.Length : rightCount;
        }

        return cost;
    }

    /// <summary>Removes duplicates and every set that contains another, and sorts canonically.</summary>
    public static List<int[]> Minimise(List<int[]> sets)
    {
        sets.Sort(Compare);
        var kept = new HashSet<(int, int, int, int)>();
        var result = new List<int[]>(sets.Count);
        foreach (var set in sets)
        {
            if (!HasKeptSubset(set, kept))
            {
                kept.Add(Key(set, (1 << set.Length) - 1));
                result.Add(set);
            }
        }

        return result;
    }

    /// <summary>Canonical order: by size, then element-wise.</summary>
    public static int Compare(int[] a, int[] b)
    {
        if (a.Length != b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return 0;
    }

    /// <summary>Whether two canonical families are equal.</summary>
    public static bool SameFamily(List<int[]> a, List<int[]> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (Compare(a[i], b[i]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasKeptSubset(int[] set, HashSet<(int, int, int, int)> kept)
    {
        // Sets arrive smallest first, so every possible subset (the set itself included, for duplicates) is already decided.
        var all = (1 << set.Length) - 1;
        for (var mask = 1; mask <= all; mask++)
        {
            if (kept.Contains(Key(set, mask)))
            {
                return true;
            }
        }

        return false;
    }

    private static (int, int, int, int) Key(int[] set, int mask)
    {
        Span<int> picked = [-1, -1, -1, -1];
        var k = 0;
        for (var i = 0; i < set.Length; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                picked[k++] = set[i];
            }
        }

        return (picked[0], picked[1], picked[2], picked[3]);
    }
}
