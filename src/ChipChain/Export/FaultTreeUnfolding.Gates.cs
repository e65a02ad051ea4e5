namespace ChipChain.Export;

/// <summary>The gates the unfolding makes, and the frames of its explicit stacks.</summary>
internal sealed partial class FaultTreeUnfolding
{
    /// <summary>How many excluded nodes a copy's label lists before it gives only the count of the rest.</summary>
    private const int LabelNodes = 10;

    private FaultTreeEvent? Gate(int v, int set, bool candidate, List<(int Position, FaultTreeEvent[] Suppliers)> items)
    {
        var own = new FaultTreeEvent(false, OpenPsaNames.BasicEvent(_graph[v].Id));
        if (items.Count == 0)
        {
            // No item can be lost: a candidate is down only by its own failure, a structure node never.
            return candidate ? own : null;
        }

        var firstItem = _topology.ItemsOf(v).Start.Value;
        var variant = ++_variants[v];
        var arguments = candidate ? new List<FaultTreeEvent> { own } : [];
        var seen = new HashSet<FaultTreeEvent>(arguments);
        foreach (var (position, suppliers) in items)
        {
            if (suppliers.Length == 1)
            {
                // Two items served by the same single supplier need it once (MEF forbids repeated arguments).
                if (seen.Add(suppliers[0]))
                {
                    arguments.Add(suppliers[0]);
                }

                continue;
            }

            var name = OpenPsaNames.ItemGate(_graph[v].Id, position, variant);
            _gates.Add(new FaultTreeGate(name, $"{_graph[v].Id} lacks {ItemText(firstItem + position - 1)}: every supplier unavailable", "and", suppliers));
            arguments.Add(new FaultTreeEvent(true, name));
        }

        var gateName = OpenPsaNames.NodeGate(_graph[v].Id, variant);
        var label = set == 0 ? $"{_graph[v].Id} unavailable" : $"{_graph[v].Id} unavailable, not counting supply through {Excluded(v, set)} (already on the path)";
        if (!candidate)
        {
            label += "; cannot fail on its own";
        }

        // A structure node with one argument is a gate of that argument alone (MEF's or needs two).
        _gates.Add(new FaultTreeGate(gateName, label, arguments.Count > 1 ? "or" : null, arguments));
        if (_gates.Count > _maxGates)
        {
            Refuse();
        }

        return new FaultTreeEvent(true, gateName);
    }

    /// <summary>The ids of path set <paramref name="set"/> in ordinal order; past <see cref="LabelNodes"/>, the first ones and the count of the rest.</summary>
    private string Excluded(int v, int set)
    {
        var ids = _sets.Members(set, _components.ComponentOf(v)).Select(i => _graph[i].Id).Order(StringComparer.Ordinal);
        var count = _sets.Count(set);
        return count <= LabelNodes
            ? string.Join(", ", ids)
            : $"{string.Join(", ", ids.Take(LabelNodes))} and {count - LabelNodes} more";
    }

    private string ItemText(int item)
    {
        if (_topology.ItemName(item) is { } name)
        {
            return $"'{name}'";
        }

        var suppliers = Distinct(_topology.SuppliersOf(item)).Select(s => _graph[s].Id);
        return "supply from " + string.Join(" or ", suppliers);
    }

    private static int[] Distinct(ReadOnlySpan<int> suppliers)
    {
        var list = new List<int>(suppliers.Length);
        var seen = suppliers.Length > 16 ? new HashSet<int>() : null;
        foreach (var s in suppliers)
        {
            if (seen?.Add(s) ?? !list.Contains(s))
            {
                list.Add(s);
            }
        }

        return [.. list];
    }

    /// <summary>A node being unfolded: its live items, the one in progress and the supplier events gathered so far.</summary>
    private sealed class NodeFrame(int v, int set, bool candidate, List<(int Item, (int Node, int Set)[] Suppliers)> items)
    {
        public int V { get; } = v;

        public int Set { get; } = set;

        public bool Candidate { get; } = candidate;

        public List<(int Item, (int Node, int Set)[] Suppliers)> Items { get; } = items;

        public List<(int Position, FaultTreeEvent[] Suppliers)> Built { get; } = [];

        public int Item { get; set; }

        public int Supplier { get; set; }

        public FaultTreeEvent[]? Current { get; set; }
    }

    /// <summary>A structure node whose "never unavailable" is being decided: the item and supplier being tried.</summary>
    private sealed class NeverFrame(int v, int set, List<(int Item, (int Node, int Set)[] Suppliers)> items)
    {
        public int V { get; } = v;

        public int Set { get; } = set;

        public List<(int Item, (int Node, int Set)[] Suppliers)> Items { get; } = items;

        public int Item { get; private set; }

        public int Supplier { get; private set; }

        /// <summary>The current supplier is never unavailable (the item cannot be lost: go to the next) or may be (try the next supplier).</summary>
        public void Settle(bool never)
        {
            if (never)
            {
                Item++;
                Supplier = 0;
            }
            else
            {
                Supplier++;
            }
        }
    }
}
