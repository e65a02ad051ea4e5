using System.Globalization;

namespace ChipChain.Rendering.Styling;

/// <summary>The text of a link's label, the same in every format.</summary>
internal static class EdgeLabelText
{
    /// <summary>At most this many items are named on one label; the rest are counted.</summary>
    private const int MaxParts = 2;

    /// <summary>The label of <paramref name="edge"/> in <paramref name="mode"/>, or <see langword="null"/> for none.</summary>
    public static string? For(DiagramEdge edge, EdgeLabelMode mode)
    {
        if (mode == EdgeLabelMode.None)
        {
            return null;
        }

        var parts = edge.Labels
            .Select(l => mode == EdgeLabelMode.Share && l.Share is { } s ? $"{l.Item} {Percent(s)}".Trim() : l.Item)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var text = string.Join(", ", parts.Take(MaxParts));
        return parts.Count > MaxParts ? $"{text} +{parts.Count - MaxParts} more" : text;
    }

    /// <summary>A link's tooltip: its items, else what its item label says (a collapsed path's structure), else "(no item)".</summary>
    public static string Tooltip(DiagramEdge edge) =>
        edge.Items.Count > 0 ? string.Join(", ", edge.Items) : For(edge, EdgeLabelMode.Item) ?? "(no item)";

    /// <summary>Every drawn edge's label, parallel to <see cref="DiagramGraph.Edges"/>.</summary>
    public static string?[] All(DiagramGraph graph, EdgeLabelMode mode) => graph.Edges.Select(e => For(e, mode)).ToArray();

    /// <summary>A share as the CLI's tables write it: "100%", "99.3%".</summary>
    public static string Percent(double share) =>
        Math.Round(share * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
