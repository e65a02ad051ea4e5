using ChipChain.Model;

namespace ChipChain.Analysis.Scenarios;

/// <summary>
/// For a market node m, the markets a delivery through m can pass (m and every market upstream of it through markets
/// only: its region) and the suppliers that are not markets feeding that region. Cached per market.
/// </summary>
internal sealed class MarketRegions(SupplyGraph graph, bool[] market)
{
    private readonly Dictionary<int, (List<int> Region, List<int> Suppliers)> _cache = [];

    public List<int> RegionOf(int m) => Get(m).Region;

    public List<int> SuppliersOf(int m) => Get(m).Suppliers;

    private (List<int> Region, List<int> Suppliers) Get(int m)
    {
        if (_cache.TryGetValue(m, out var known))
        {
            return known;
        }

        var t = graph.Topology;
        var region = new List<int>();
        var suppliers = new SortedSet<int>();
        var seen = new HashSet<int> { m };
        var stack = new Stack<int>();
        stack.Push(m);
        while (stack.Count > 0)
        {
            var v = stack.Pop();
            region.Add(v);
            for (var item = t.ItemStart[v]; item < t.ItemStart[v + 1]; item++)
            {
                foreach (var s in t.SuppliersOf(item))
                {
                    if (!market[s])
                    {
                        suppliers.Add(s);
                    }
                    else if (seen.Add(s))
                    {
                        stack.Push(s);
                    }
                }
            }
        }

        region.Sort();
        return _cache[m] = (region, [.. suppliers]);
    }
}
