namespace ChipChain.Analysis;

/// <summary>
/// Set operations on strictly increasing <see cref="int"/> arrays: the compact set form the failure analyses use.
/// Intersections and unions are linear merges; results reuse an input array when they equal it, so chains of
/// nodes that add nothing new share storage.
/// </summary>
internal static class SortedIntSets
{
    /// <summary>The intersection of two sorted sets.</summary>
    public static int[] Intersect(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return [];
        }

        if (ReferenceEquals(a, b))
        {
            return a;
        }

        var buffer = new int[Math.Min(a.Length, b.Length)];
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                buffer[k++] = a[i];
                i++;
                j++;
            }
        }

        if (k == a.Length)
        {
            return a;
        }

        if (k == b.Length)
        {
            return b;
        }

        return k == buffer.Length ? buffer : buffer.AsSpan(0, k).ToArray();
    }

    /// <summary>The union of two sorted sets.</summary>
    public static int[] Union(int[] a, int[] b)
    {
        if (b.Length == 0 || ReferenceEquals(a, b))
        {
            return a;
        }

        if (a.Length == 0)
        {
            return b;
        }

        var buffer = new int[a.Length + b.Length];
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                buffer[k++] = a[i++];
            }
            else if (a[i] > b[j])
            {
                buffer[k++] = b[j++];
            }
            else
            {
                buffer[k++] = a[i++];
                j++;
            }
        }

        while (i < a.Length)
        {
            buffer[k++] = a[i++];
        }

        while (j < b.Length)
        {
            buffer[k++] = b[j++];
        }

        if (k == a.Length)
        {
            return a;
        }

        if (k == b.Length)
        {
            return b;
        }

        return k == buffer.Length ? buffer : buffer.AsSpan(0, k).ToArray();
    }

    /// <summary>The sorted set plus one element.</summary>
    public static int[] With(int[] set, int element)
    {
        var at = Array.BinarySearch(set, element);
        if (at >= 0)
        {
            return set;
        }

        at = ~at;
        var result = new int[set.Length + 1];
        set.AsSpan(0, at).CopyTo(result);
        result[at] = element;
        set.AsSpan(at).CopyTo(result.AsSpan(at + 1));
        return result;
    }

    /// <summary>Whether the sorted set contains the element.</summary>
    public static bool Contains(ReadOnlySpan<int> set, int element) => set.BinarySearch(element) >= 0;
}
