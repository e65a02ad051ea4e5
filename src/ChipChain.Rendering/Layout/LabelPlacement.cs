namespace ChipChain.Rendering.Layout;

/// <summary>
/// Places link labels so that no two overlap. Each label goes on its link's curve across the gap after the link's
/// left end (at the middle first, then further towards either end), kept inside that gap so it never covers a box;
/// a label with no free place on its curve is left out (the link's tooltip still names its items). Labels are placed
/// top to bottom within each gap, so the result does not depend on the order of the links.
/// </summary>
internal static class LabelPlacement
{
    /// <summary>The height a label takes, its halo included.</summary>
    public const double Height = LayeredLayout.LabelFontSize + 4;

    /// <summary>The room kept between a label and the columns either side (where the arrowheads and ports are).</summary>
    private const double Margin = 8;

    /// <summary>Where along its curve a label is tried, in turn.</summary>
    private static readonly double[] Along = [0.5, 0.38, 0.62, 0.26, 0.74, 0.14, 0.86];

    /// <summary>Places the labels asked for.</summary>
    /// <param name="requests">Per link, its label's curve, gap and width, or null for a link without a label.</param>
    /// <returns>Per link, the centre of its label, or null when it has none or no free place.</returns>
    public static LayoutPoint?[] Place(IReadOnlyList<LabelRequest?> requests)
    {
        var placed = new LayoutPoint?[requests.Count];
        var order = Enumerable.Range(0, requests.Count)
            .Where(e => requests[e] is not null)
            .OrderBy(e => requests[e]!.Value.Gap)
            .ThenBy(e => requests[e]!.Value.At(0.5).Y)
            .ThenBy(e => e)
            .ToList();

        // Per gap, the tops of the labels placed so far (sorted) with their horizontal extents.
        var taken = new Dictionary<int, List<(double Top, double Left, double Right)>>();
        foreach (var e in order)
        {
            var request = requests[e]!.Value;
            if (!taken.TryGetValue(request.Gap, out var inGap))
            {
                taken[request.Gap] = inGap = [];
            }

            foreach (var t in Along)
            {
                var at = request.At(t);
                var (lowest, highest) = (request.GapLeft + Margin, request.GapRight - Margin - request.Width);
                var left = Math.Clamp(at.X - (request.Width / 2), lowest, Math.Max(lowest, highest));
                var top = at.Y - (Height / 2);
                if (!Overlaps(inGap, top, left, left + request.Width))
                {
                    inGap.Insert(FirstAtOrBelow(inGap, top), (top, left, left + request.Width));
                    placed[e] = new LayoutPoint(Math.Round(left + (request.Width / 2), 2), Math.Round(at.Y, 2));
                    break;
                }
            }
        }

        return placed;
    }

    /// <summary>Whether a label at <paramref name="top"/> spanning <paramref name="left"/>..<paramref name="right"/> overlaps one placed.</summary>
    private static bool Overlaps(List<(double Top, double Left, double Right)> inGap, double top, double left, double right)
    {
        // Only labels whose tops lie within one label height can overlap this one.
        for (var i = FirstAtOrBelow(inGap, top - Height); i < inGap.Count && inGap[i].Top < top + Height; i++)
        {
            if (inGap[i].Top > top - Height && inGap[i].Left < right && inGap[i].Right > left)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first placed label whose top is at or below <paramref name="top"/>.</summary>
    private static int FirstAtOrBelow(List<(double Top, double Left, double Right)> inGap, double top)
    {
        var (lo, hi) = (0, inGap.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = inGap[mid].Top < top ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }
}
