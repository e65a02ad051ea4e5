using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// Where a node's output comes from, by country: its own country; else its <c>attributes.countryShares</c> object
/// (country → share, as the ETO importer writes for inputs without firm shares); else, for a node with one item
/// (a market node), the share-weighted mix of its suppliers; else unknown (the node counts as its own country).
/// </summary>
internal sealed class CountryShares
{
    private const string AttributeName = "countryShares";
    private readonly SupplyGraph _graph;
    private readonly Dictionary<int, Dictionary<string, double>> _memo = [];
    private readonly HashSet<int> _visiting = [];

    public CountryShares(SupplyGraph graph) => _graph = graph;

    /// <summary>The stated <c>attributes.countryShares</c> of a node, normalised to sum to 1, or null.</summary>
    public static Dictionary<string, double>? Stated(Node node)
    {
        if (!node.Attributes.TryGetValue(AttributeName, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in value.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Number && p.Value.GetDouble() is var s && s > 0 && double.IsFinite(s))
            {
                shares[p.Name] = shares.GetValueOrDefault(p.Name) + s;
            }
        }

        var total = shares.Values.Sum();
        return total > 0 ? shares.ToDictionary(p => p.Key, p => p.Value / total, StringComparer.Ordinal) : null;
    }

    /// <summary>The country mix of node <paramref name="node"/>'s output.</summary>
    public Dictionary<string, double> Of(int node)
    {
        if (_memo.TryGetValue(node, out var known))
        {
            return known;
        }

        var n = _graph[node];
        Dictionary<string, double> mix;
        var items = _graph.Topology.ItemsOf(node);
        if (n.Country is { } country)
        {
            mix = new(StringComparer.Ordinal) { [country] = 1 };
        }
        else if (Stated(n) is { } stated)
        {
            mix = stated;
        }
        else if (items.End.Value - items.Start.Value == 1 && _visiting.Add(node))
        {
            mix = new(StringComparer.Ordinal);
            var t = _graph.Topology;
            var item = items.Start.Value;
            var suppliers = t.SuppliersOf(item);
            var shares = t.SharesOf(item);
            for (var k = 0; k < suppliers.Length; k++)
            {
                foreach (var (c, s) in Of(suppliers[k]))
                {
                    mix[c] = mix.GetValueOrDefault(c) + (shares[k] * s);
                }
            }

            _visiting.Remove(node);
        }
        else
        {
            // Unknown origin (or a cycle back to a node being resolved): the node is its own "country".
            return new(StringComparer.Ordinal) { ["?" + n.Id] = 1 };
        }

        _memo[node] = mix;
        return mix;
    }
}
