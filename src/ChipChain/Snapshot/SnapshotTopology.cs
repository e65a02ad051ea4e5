using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>
/// The topology arrays of a snapshot, checked against the nodes and links before the graph uses them: row starts
/// run from 0 to their end without going backwards, every index is in range, each link is one entry of its
/// consumer's item, and the reverse rows list each entry once under its supplier.
/// </summary>
internal sealed class SnapshotTopology
{
    private readonly SnapshotContent _content;
    private readonly string _file;
    private readonly Node[] _nodes;
    private readonly int[] _linkSupplier;
    private readonly int[] _linkConsumer;

    public SnapshotTopology(SnapshotContent content, string file, Node[] nodes, int[] linkSupplier, int[] linkConsumer)
    {
        _content = content;
        _file = file;
        _nodes = nodes;
        _linkSupplier = linkSupplier;
        _linkConsumer = linkConsumer;
    }

    /// <summary>Checks the arrays and makes the topology from them.</summary>
    /// <param name="text">The string with an index (null for -1), which checks the index.</param>
    /// <exception cref="InvalidSnapshotException">An array is inconsistent.</exception>
    public GraphTopology Build(Func<int, string?> text)
    {
        var n = _nodes.Length;
        var m = _linkSupplier.Length;
        var itemStart = _content.Ints(SnapshotSection.ItemStart);
        var itemOwner = _content.Ints(SnapshotSection.ItemOwner);
        var entryStart = _content.Ints(SnapshotSection.EntryStart);
        var entrySupplier = _content.Ints(SnapshotSection.EntrySupplier);
        var entryLink = _content.Ints(SnapshotSection.EntryLink);
        var entryShare = _content.Doubles(SnapshotSection.EntryShare);
        var usesStart = _content.Ints(SnapshotSection.UsesStart);
        var usesEntry = _content.Ints(SnapshotSection.UsesEntry);

        Rows(itemStart, itemOwner.Length, allowEmpty: true, "item");
        for (var node = 0; node < n; node++)
        {
            Check(_nodes[node].Requires == Requirement.All || itemStart[node + 1] - itemStart[node] <= 1, "a 'requires any' node with more than one item");
            for (var i = itemStart[node]; i < itemStart[node + 1]; i++)
            {
                Check(itemOwner[i] == node, "an item's owner is not the node whose row holds it");
            }
        }

        var itemName = new string?[itemOwner.Length];
        var names = _content.Ints(SnapshotSection.ItemName);
        for (var i = 0; i < itemName.Length; i++)
        {
            itemName[i] = text(names[i]);
        }

        Rows(entryStart, m, allowEmpty: false, "entry");
        var linkSeen = new bool[m];
        for (var i = 0; i < itemOwner.Length; i++)
        {
            for (var e = entryStart[i]; e < entryStart[i + 1]; e++)
            {
                var l = entryLink[e];
                Check((uint)l < (uint)m && !linkSeen[l], "an entry's link is out of range or repeated");
                linkSeen[l] = true;
                Check(entrySupplier[e] == _linkSupplier[l] && itemOwner[i] == _linkConsumer[l], "an entry does not match its link");
                Check(entryShare[e] is >= 0 and <= 1, "an entry's share is outside 0..1");
            }
        }

        Rows(usesStart, m, allowEmpty: true, "uses");
        for (var s = 0; s < n; s++)
        {
            for (var u = usesStart[s]; u < usesStart[s + 1]; u++)
            {
                var e = usesEntry[u];
                Check((uint)e < (uint)m && entrySupplier[e] == s && (u == usesStart[s] || e > usesEntry[u - 1]), "a reverse row does not list its supplier's entries in order");
            }
        }

        var flags = _content.Bytes(SnapshotSection.Candidate);
        var candidate = new bool[n];
        for (var i = 0; i < n; i++)
        {
            Check(flags[i] <= 1 && (flags[i] == 1) == _nodes[i].IsFailureCandidate, "a candidate flag disagrees with its node");
            candidate[i] = flags[i] == 1;
        }

        return new GraphTopology(n, itemStart, itemOwner, itemName, entryStart, entrySupplier, entryLink, entryShare, usesStart, usesEntry, candidate);
    }

    /// <summary>Row starts: from 0 to <paramref name="end"/>, never going backwards (never staying, unless empty rows are allowed).</summary>
    private void Rows(int[] start, int end, bool allowEmpty, string what)
    {
        Check(start[0] == 0 && start[^1] == end, $"the {what} rows do not cover their array");
        var least = allowEmpty ? 0 : 1;
        for (var r = 1; r < start.Length; r++)
        {
            if (start[r] - start[r - 1] < least)
            {
                throw SnapshotErrors.Corrupt(_file, $"{what} row starts go backwards");
            }
        }
    }

    private void Check(bool ok, string detail)
    {
        if (!ok)
        {
            throw SnapshotErrors.Corrupt(_file, detail);
        }
    }
}
