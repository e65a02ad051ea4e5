namespace ChipChain.Model;

/// <summary>
/// "Did you mean" for a node id that names no node: the closest id by edit distance (a typo of at most a third of
/// its length, and at most three edits), or an id that differs only in case. Bounded: the distance is computed with a
/// band, and the search is skipped for very large graphs, since it only runs on an error path.
/// </summary>
internal static class NearestIds
{
    /// <summary>The most ids searched; a larger graph gets no suggestion.</summary>
    public const int MaxCandidates = 250_000;

    /// <summary>The id closest to <paramref name="unknown"/> among <paramref name="ids"/>, or null when none is close.</summary>
    /// <param name="ids">The ids that exist.</param>
    /// <param name="unknown">The id that was not found.</param>
    /// <returns>The suggestion, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string? Suggest(IReadOnlyCollection<string> ids, string unknown)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(unknown);
        if (ids.Count > MaxCandidates || unknown.Length == 0)
        {
            return null;
        }

        var limit = Math.Clamp(unknown.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var id in ids)
        {
            var d = string.Equals(id, unknown, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(id, unknown, limit);
            if (d <= limit && (d < bestDistance || (d == bestDistance && string.CompareOrdinal(id, best) < 0)))
            {
                best = id;
                bestDistance = d;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance, or <paramref name="limit"/> + 1 when it is larger (banded, so cheap).</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
