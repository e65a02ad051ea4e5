namespace ChipChain.Import;

/// <summary>
/// Orders ids so that numbers inside them compare by value: <c>N0 &lt; N1 &lt; N2 &lt; N10 &lt; P1</c>. Runs of digits
/// compare numerically (ignoring leading zeros), other text ordinally; ties fall back to ordinal order, so the
/// order is total and culture-independent.
/// </summary>
internal sealed class NaturalIdComparer : IComparer<string>
{
    private NaturalIdComparer()
    {
    }

    /// <summary>The comparer.</summary>
    public static NaturalIdComparer Instance { get; } = new();

    /// <summary>Compares two ids.</summary>
    /// <param name="x">The first id.</param>
    /// <param name="y">The second id.</param>
    /// <returns>Negative, zero or positive as <paramref name="x"/> sorts before, with or after <paramref name="y"/>.</returns>
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var (xs, xe) = DigitRun(x, ref i);
                var (ys, ye) = DigitRun(y, ref j);
                var byLength = (xe - xs).CompareTo(ye - ys);
                if (byLength != 0)
                {
                    return byLength;
                }

                var byDigits = string.CompareOrdinal(x, xs, y, ys, xe - xs);
                if (byDigits != 0)
                {
                    return byDigits;
                }

                continue;
            }

            var c = x[i].CompareTo(y[j]);
            if (c != 0)
            {
                return c;
            }

            i++;
            j++;
        }

        var byRest = (x.Length - i).CompareTo(y.Length - j);
        return byRest != 0 ? byRest : string.CompareOrdinal(x, y);
    }

    /// <summary>Skips a run of digits; returns its significant part (leading zeros dropped, at least one digit).</summary>
    private static (int Start, int End) DigitRun(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        var significant = start;
        while (significant < i - 1 && s[significant] == '0')
        {
            significant++;
        }

        return (significant, i);
    }
}
