using ChipChain.Model;

namespace ChipChain.Generation;

/// <summary>
/// The tiers of a synthetic supply graph, upstream first: materials and equipment, components, fabs, packaging,
/// designers, products; with each tier's share of the nodes, its kinds and the name of what it delivers.
/// </summary>
internal static class SupplyTiers
{
    public const int Count = 6;

    /// <summary>Each tier's share of the nodes; the first tier takes what rounding leaves.</summary>
    public static ReadOnlySpan<double> NodeShare => [0.30, 0.25, 0.10, 0.10, 0.10, 0.15];

    /// <summary>Each tier's kinds with their weights.</summary>
    public static IReadOnlyList<(string Kind, int Weight)[]> Kinds { get; } =
    [
        [(NodeKinds.Materials, 45), (NodeKinds.Equipment, 35), (NodeKinds.Eda, 10), (NodeKinds.Ip, 10)],
        [(NodeKinds.Input, 70), (NodeKinds.Memory, 30)],
        [(NodeKinds.Foundry, 70), (NodeKinds.Idm, 30)],
        [(NodeKinds.Osat, 1)],
        [(NodeKinds.Designer, 1)],
        [(NodeKinds.Product, 1)],
    ];

    /// <summary>What a tier's nodes deliver; an item is this word plus a number unique within the consumer.</summary>
    public static IReadOnlyList<string> Delivers { get; } = ["material", "component", "wafers", "packaging", "design", "product"];

    /// <summary>The item of a back link (equipment makers buy chips too).</summary>
    public const string BackItem = "control-chips";

    /// <summary>ISO 3166 codes, most important first; picked with Zipf-like weights so a few countries dominate.</summary>
    public static IReadOnlyList<string> Countries { get; } =
    [
        "TW", "US", "CN", "KR", "JP", "NL", "DE", "SG", "MY", "IL", "FR", "GB", "IE", "IT", "CH", "AT",
        "BE", "SE", "FI", "IN", "VN", "PH", "TH", "MX", "CA", "CZ", "PL", "ES", "HU", "AU",
    ];

    /// <summary>Node counts per tier for <paramref name="nodes"/> nodes, each at least one.</summary>
    public static int[] Sizes(int nodes)
    {
        var sizes = new int[Count];
        var assigned = 0;
        for (var t = 1; t < Count; t++)
        {
            sizes[t] = Math.Max(1, (int)(nodes * NodeShare[t]));
            assigned += sizes[t];
        }

        sizes[0] = nodes - assigned;
        return sizes;
    }
}
