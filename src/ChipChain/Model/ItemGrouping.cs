namespace ChipChain.Model;

/// <summary>
/// Splits one consumer's links (in file order) into items: links naming the same item are one item, a link without
/// an item is its own, and a <c>requires: any</c> node has a single item. Reuses its buffers from node to node, so
/// building a million-node topology allocates nothing per item.
/// </summary>
internal sealed class ItemGrouping
{
    // Small consumers compare item names directly; a dictionary only pays for nodes with many items.
    private const int LinearSearchLimit = 16;
    private readonly List<string?> _names = [];
    private int[] _groupOf = new int[16];
    private int[] _start = new int[17];
    private int[] _members = new int[16];

    /// <summary>Groups all of <paramref name="consumerLinks"/> as one item, named when every link names the same item.</summary>
    /// <returns>The number of items (1).</returns>
    public int OneGroup(string?[] items, ReadOnlySpan<int> consumerLinks)
    {
        Reset(consumerLinks.Length);
        var name = items[consumerLinks[0]];
        foreach (var l in consumerLinks)
        {
            if (!string.Equals(items[l], name, StringComparison.Ordinal))
            {
                name = null;
                break;
            }
        }

        _names.Add(name);
        consumerLinks.CopyTo(_members);
        _start[0] = 0;
        _start[1] = consumerLinks.Length;
        return 1;
    }

    /// <summary>Groups <paramref name="consumerLinks"/> by item, items in order of first appearance, links in file order.</summary>
    /// <returns>The number of items.</returns>
    public int ByItem(string?[] items, ReadOnlySpan<int> consumerLinks)
    {
        Reset(consumerLinks.Length);
        Dictionary<string, int>? index = consumerLinks.Length > LinearSearchLimit ? new(StringComparer.Ordinal) : null;
        for (var k = 0; k < consumerLinks.Length; k++)
        {
            var item = items[consumerLinks[k]];
            var group = item is null ? -1 : Find(item, index);
            if (group < 0)
            {
                group = _names.Count;
                _names.Add(item);
                if (item is not null)
                {
                    index?.Add(item, group);
                }
            }

            _groupOf[k] = group;
        }

        // Counting sort of the links by group, stable, so each item's entries keep file order.
        var groups = _names.Count;
        Array.Clear(_start, 0, groups + 1);
        for (var k = 0; k < consumerLinks.Length; k++)
        {
            _start[_groupOf[k] + 1]++;
        }

        for (var g = 0; g < groups; g++)
        {
            _start[g + 1] += _start[g];
        }

        for (var k = consumerLinks.Length - 1; k >= 0; k--)
        {
            _members[--_start[_groupOf[k] + 1]] = consumerLinks[k];
        }

        // The decrements above left _start[g + 1] at group g's start; shift back to "start of g at g".
        for (var g = 0; g < groups; g++)
        {
            _start[g] = _start[g + 1];
        }

        _start[groups] = consumerLinks.Length;
        return groups;
    }

    /// <summary>The item name shared by group <paramref name="group"/>'s links, or null.</summary>
    public string? Name(int group) => _names[group];

    /// <summary>The link indices of group <paramref name="group"/>, in file order.</summary>
    public ReadOnlySpan<int> Members(int group) => _members.AsSpan(_start[group], _start[group + 1] - _start[group]);

    private int Find(string item, Dictionary<string, int>? index)
    {
        if (index is not null)
        {
            return index.TryGetValue(item, out var g) ? g : -1;
        }

        for (var g = 0; g < _names.Count; g++)
        {
            if (string.Equals(_names[g], item, StringComparison.Ordinal))
            {
                return g;
            }
        }

        return -1;
    }

    private void Reset(int linkCount)
    {
        _names.Clear();
        if (_groupOf.Length < linkCount)
        {
            var size = Math.Max(linkCount, _groupOf.Length * 2);
            _groupOf = new int[size];
            _members = new int[size];
            _start = new int[size + 1];
        }
    }
}
