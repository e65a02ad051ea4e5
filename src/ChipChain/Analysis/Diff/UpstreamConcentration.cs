using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;

namespace ChipChain.Analysis.Diff;

/// <summary>
/// The concentration figures of the items upstream of a target, keyed as the diff reports them (item and consumer;
/// a market by its id alone), equal to the rows of <see cref="Concentration.Compute"/> restricted to those consumers
/// but measured only for the items asked about: a target's cone is often a fraction of the graph, and measuring every
/// group of the graph cost the diff seconds per graph.
/// </summary>
/// <remarks>
/// A row is measured on its group's first item (the lowest item index with the same name and the same suppliers and
/// shares), so this finds that item among the items sharing a supplier and measures it, caching by item across
/// targets. Two graphs fall back to the whole-graph rows, because there the rows depend on the order they are made
/// in: a cycle through nodes whose country mix is inherited from their single supplier group (the country lookup
/// breaks such a cycle where it entered it), and a node with two items of the same name in the rows (two unnamed
/// links from one supplier), whose key the rows' sort order settles.
/// </remarks>
internal sealed class UpstreamConcentration
{
    private readonly SupplyGraph _graph;
    private readonly CountryShares _countries;
    private readonly Dictionary<int, ConcentrationFigures> _byFirstItem = [];
    private readonly Dictionary<int, List<((string, string?) Key, ConcentrationFigures Figures)>>? _whole;

    /// <summary>Prepares the figures of <paramref name="graph"/>, from its whole-graph rows when <paramref name="wholeGraph"/> or when their order matters.</summary>
    public UpstreamConcentration(SupplyGraph graph, bool wholeGraph = false)
    {
        _graph = graph;
        _countries = new CountryShares(graph);
        if (wholeGraph || OrderMatters(graph))
        {
            _whole = WholeGraph(graph);
        }
    }

    /// <summary>Whether the figures come from the whole-graph rows rather than from the items asked about.</summary>
    public bool MeasuresWholeGraph => _whole is not null;

    /// <summary>The figures of every group of alternative suppliers whose consumer is upstream of the target.</summary>
    public Dictionary<(string, string?), ConcentrationFigures> Of(IReadOnlyList<int> upstream)
    {
        var result = new Dictionary<(string, string?), ConcentrationFigures>();
        foreach (var node in upstream)
        {
            if (_whole is not null)
            {
                if (_whole.TryGetValue(node, out var rows))
                {
                    foreach (var (key, figures) in rows)
                    {
                        result[key] = figures;
                    }
                }

                continue;
            }

            var items = _graph.Topology.ItemsOf(node);
            if (items.Start.Value == items.End.Value)
            {
                continue;
            }

            if (_graph[node].Requires == Requirement.Any)
            {
                // A market is a group of its own, measured on its single item.
                result[(_graph[node].Id, null)] = Figures(_graph[node].Id, true, node, items.Start.Value);
                continue;
            }

            for (var item = items.Start.Value; item < items.End.Value; item++)
            {
                var name = Concentration.ItemLabel(_graph, item);
                result[(name, _graph[node].Id)] = Figures(name, false, -1, FirstAlike(item, name));
            }
        }

        return result;
    }

    private ConcentrationFigures Figures(string name, bool market, int owner, int item0)
    {
        if (!_byFirstItem.TryGetValue(item0, out var figures))
        {
            var row = Concentration.CreateRow(_graph, _countries, name, market, [owner >= 0 ? owner : _graph.Topology.ItemOwner[item0]], item0);
            _byFirstItem[item0] = figures = new ConcentrationFigures(Math.Round(row.Hhi, 1), row.CountriesTo75);
        }

        return figures;
    }

    /// <summary>
    /// The lowest item of a non-market consumer with the same name and the same suppliers and shares as
    /// <paramref name="item"/>. Such an item buys from every supplier of this one, so only the uses of the supplier
    /// with the fewest uses are searched.
    /// </summary>
    private int FirstAlike(int item, string name)
    {
        var t = _graph.Topology;
        var suppliers = t.SuppliersOf(item);
        var pivot = suppliers[0];
        foreach (var s in suppliers)
        {
            if (t.UsesOf(s).Length < t.UsesOf(pivot).Length)
            {
                pivot = s;
            }
        }

        string? key = null;
        var best = item;
        foreach (var e in t.UsesOf(pivot))
        {
            var other = t.EntryItem[e];
            if (other >= best || _graph[t.ItemOwner[other]].Requires == Requirement.Any ||
                !string.Equals(Concentration.ItemLabel(_graph, other), name, StringComparison.Ordinal))
            {
                continue;
            }

            key ??= Concentration.SupplierKey(t, item);
            if (string.Equals(Concentration.SupplierKey(t, other), key, StringComparison.Ordinal))
            {
                best = other;
            }
        }

        return best;
    }

    /// <summary>Whether the rows of this graph depend on the order they are made in (see the remarks).</summary>
    private static bool OrderMatters(SupplyGraph graph)
    {
        var t = graph.Topology;
        var components = graph.Components;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var node = 0; node < graph.NodeCount; node++)
        {
            var items = t.ItemsOf(node);
            var count = items.End.Value - items.Start.Value;
            var n = graph[node];
            if (count == 1 && n.Country is null && components.IsCyclic(components.ComponentOf(node)) && CountryShares.Stated(n) is null)
            {
                return true;
            }

            if (count > 1 && n.Requires != Requirement.Any)
            {
                names.Clear();
                for (var item = items.Start.Value; item < items.End.Value; item++)
                {
                    if (!names.Add(Concentration.ItemLabel(graph, item)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Every concentration row keyed by the node whose supply it measures (a market, or each consumer of an item).</summary>
    private static Dictionary<int, List<((string, string?) Key, ConcentrationFigures Figures)>> WholeGraph(SupplyGraph graph)
    {
        var result = new Dictionary<int, List<((string, string?), ConcentrationFigures)>>();
        void Add(int node, (string, string?) key, ConcentrationFigures figures)
        {
            if (!result.TryGetValue(node, out var list))
            {
                result[node] = list = [];
            }

            list.Add((key, figures));
        }

        foreach (var row in Concentration.Compute(graph))
        {
            var figures = new ConcentrationFigures(Math.Round(row.Hhi, 1), row.CountriesTo75);
            if (row.IsMarket)
            {
                Add(graph.IndexOf(row.Item), (row.Item, null), figures);
                continue;
            }

            foreach (var consumer in row.Consumers)
            {
                Add(graph.IndexOf(consumer), (row.Item, consumer), figures);
            }
        }

        return result;
    }
}
