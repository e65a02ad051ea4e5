using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// Concentration per item (docs/design.md §2): for every consumer's group of alternative suppliers and every
/// <c>requires: any</c> node, the suppliers' normalised shares, the HHI, the countries needed to reach 75 % of
/// supply and a level. Consumers buying the same item from the same suppliers with the same shares share one row.
/// </summary>
internal static class Concentration
{
    /// <summary>The HHI above which concentration is high (2023 US merger guidelines).</summary>
    public const double HighHhi = 1800;

    /// <summary>The HHI from which concentration is moderate.</summary>
    public const double ModerateHhi = 1000;

    /// <summary>The fraction of supply the countries-needed measure counts up to.</summary>
    public const double CountryThreshold = 0.75;

    /// <summary>Computes every concentration row of a graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The rows, sorted by item then first consumer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static IReadOnlyList<ConcentrationRow> Compute(SupplyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var t = graph.Topology;
        var countries = new CountryShares(graph);
        var groups = new Dictionary<string, (string Item, bool Market, List<int> Consumers, int Item0)>(StringComparer.Ordinal);
        for (var node = 0; node < graph.NodeCount; node++)
        {
            var market = graph[node].Requires == Requirement.Any;
            for (var item = t.ItemStart[node]; item < t.ItemStart[node + 1]; item++)
            {
                var name = market ? graph[node].Id : ItemLabel(graph, item);
                var key = market ? "any|" + name : "item|" + name + "|" + SupplierKey(t, item);
                if (groups.TryGetValue(key, out var group))
                {
                    group.Consumers.Add(node);
                }
                else
                {
                    groups.Add(key, (name, market, [node], item));
                }
            }
        }

        var rows = new List<ConcentrationRow>(groups.Count);
        foreach (var (item, market, consumers, item0) in groups.Values)
        {
            rows.Add(CreateRow(graph, countries, item, market, consumers, item0));
        }

        rows.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Item, b.Item);
            return c != 0 ? c : string.CompareOrdinal(a.Consumers[0], b.Consumers[0]);
        });
        return rows;
    }

    /// <summary>The Herfindahl–Hirschman index of shares given as fractions: Σ (100 × share)².</summary>
    /// <param name="shares">The shares, 0..1.</param>
    /// <returns>The index, 0..10 000 when the shares sum to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shares"/> is null.</exception>
    public static double Hhi(IEnumerable<double> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        return shares.Sum(s => s * 100 * (s * 100));
    }

    /// <summary>The number of largest shares needed to reach <see cref="CountryThreshold"/> of the total.</summary>
    /// <param name="shares">The shares of each country (fractions summing to about 1).</param>
    /// <returns>The count; 0 for no shares.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shares"/> is null.</exception>
    public static int CountNeededFor75(IEnumerable<double> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        double sum = 0;
        var count = 0;
        foreach (var s in shares.OrderDescending())
        {
            sum += s;
            count++;
            if (sum >= CountryThreshold - 1e-9)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>The level of docs/design.md §2: the more severe of the HHI level and the countries-to-75 % level.</summary>
    /// <param name="hhi">The HHI, 0..10 000.</param>
    /// <param name="countriesTo75">The number of countries needed to reach 75 % of supply.</param>
    /// <returns>The level.</returns>
    public static ConcentrationLevel LevelOf(double hhi, int countriesTo75)
    {
        var byHhi = hhi > HighHhi ? ConcentrationLevel.High : hhi >= ModerateHhi ? ConcentrationLevel.Medium : ConcentrationLevel.Low;
        var byCountries = countriesTo75 <= 2 ? ConcentrationLevel.High : countriesTo75 <= 5 ? ConcentrationLevel.Medium : ConcentrationLevel.Low;
        return (ConcentrationLevel)Math.Max((int)byHhi, (int)byCountries);
    }

    /// <summary>The row of a group of consumers buying alike, measured on the group's first item <paramref name="item0"/>.</summary>
    internal static ConcentrationRow CreateRow(SupplyGraph graph, CountryShares countries, string item, bool market, List<int> consumers, int item0)
    {
        var t = graph.Topology;
        var bySupplier = Aggregate(t, item0);
        var suppliers = bySupplier
            .OrderByDescending(p => p.Value)
            .ThenBy(p => graph[p.Key].Id, StringComparer.Ordinal)
            .ToList();
        var rows = suppliers.Select(p => new NodeFigure(graph[p.Key].Id, p.Value)).ToList();

        // A market node that states only country shares (no firm shares on its links) is measured by those.
        var owner = consumers[0];
        var stated = market && NoLinkStatesShare(graph, t, item0) ? CountryShares.Stated(graph[owner]) : null;
        Dictionary<string, double> mix;
        if (stated is not null)
        {
            mix = stated;
        }
        else
        {
            mix = new(StringComparer.Ordinal);
            foreach (var (supplier, share) in suppliers)
            {
                foreach (var (c, s) in countries.Of(supplier))
                {
                    mix[c] = mix.GetValueOrDefault(c) + (share * s);
                }
            }
        }

        var consumerIds = consumers.Select(c => graph[c].Id).Order(StringComparer.Ordinal).ToList();
        return new ConcentrationRow(item, market, consumerIds, [.. consumers], rows, [.. suppliers.Select(p => p.Key)], CountNeededFor75(mix.Values));
    }

    /// <summary>An item's name in the rows: its name, or <c>(from SUPPLIER)</c> for a link without item.</summary>
    internal static string ItemLabel(SupplyGraph graph, int item) =>
        graph.Topology.ItemName(item) ?? $"(from {graph[graph.Topology.SuppliersOf(item)[0]].Id})";

    private static Dictionary<int, double> Aggregate(GraphTopology t, int item)
    {
        var result = new Dictionary<int, double>();
        var suppliers = t.SuppliersOf(item);
        var shares = t.SharesOf(item);
        for (var k = 0; k < suppliers.Length; k++)
        {
            result[suppliers[k]] = result.GetValueOrDefault(suppliers[k]) + shares[k];
        }

        return result;
    }

    private static bool NoLinkStatesShare(SupplyGraph graph, GraphTopology t, int item)
    {
        for (var e = t.EntryStart[item]; e < t.EntryStart[item + 1]; e++)
        {
            if (graph.LinkStatesShare(t.EntryLink[e]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The suppliers and their shares rounded to nine decimals, as a key: two items buy alike exactly when their keys
    /// are equal. Node indices stand for ids and the doubles' bits for their round-trip text (both one-to-one), so no
    /// number is formatted as text.
    /// </summary>
    internal static string SupplierKey(GraphTopology t, int item)
    {
        var suppliers = t.SuppliersOf(item);
        var shares = t.SharesOf(item);
        if (suppliers.Length == 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{suppliers[0]}={BitConverter.DoubleToInt64Bits(Math.Round(shares[0], 9)):x}");
        }

        var parts = Aggregate(t, item)
            .Select(p => (p.Key, LevelNoise.Round(p.Value)))
            .OrderBy(p => p.Key)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={BitConverter.DoubleToInt64Bits(p.Item2):x}"));
        return string.Join(',', parts);
    }
}
