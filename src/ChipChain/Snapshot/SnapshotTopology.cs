using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>
/// The topology arrays of a snapshot, checked against the nodes and links before the graph uses them: row starts
/// run from 0 to their end without going backwards, every index is in range, each link is exactly one entry (which
/// gives the link its ends), no link supplies its own consumer, and the reverse rows list each entry once under its
/// supplier.
/// </summary>
internal sealed class SnapshotTopology
{
    private readonly SnapshotFile _snapshot;
    private readonly Node[] _nodes;

    public SnapshotTopology(SnapshotFile snapshot, Node[] nodes)
    {
        _snapshot = snapshot;
        _nodes = nodes;
    }

    /// <summary>Checks the arrays and makes the topology from them.</summary>
    /// <param name="text">The string with an index (null for -1), which checks the index.</param>
    /// <exception cref="InvalidSnapshotException">An array is inconsistent.</exception>
    public GraphTopology Build(Func<int, string?> text)
    {
        var n = _nodes.Length;
        var m = _snapshot.Counts.Links;
        var itemStart = _snapshot.Read<int>(SnapshotSection.ItemStart);
        var itemOwner = _snapshot.Read<int>(SnapshotSection.ItemOwner);
        var entryStart = _snapshot.Read<int>(SnapshotSection.EntryStart);
        var entrySupplier = _snapshot.Read<int>(SnapshotSection.EntrySupplier);
        var entryLink = _snapshot.Read<int>(SnapshotSection.EntryLink);
        var entryShare = _snapshot.Read<double>(SnapshotSection.EntryShare);
        var usesStart = _snapshot.Read<int>(SnapshotSection.UsesStart);
        var usesEntry = _snapshot.Read<int>(SnapshotSection.UsesEntry);

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
        var names = _snapshot.Read<int>(SnapshotSection.ItemName);
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
                Check((uint)entrySupplier[e] < (uint)n && entrySupplier[e] != itemOwner[i], "an entry's supplier is out of range or its own consumer");
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

        var flags = _snapshot.Read<byte>(SnapshotSection.Candidate);
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
                throw SnapshotErrors.Corrupt(_snapshot.File, $"{what} row starts go backwards");
            }
        }
    }

    private void Check(bool ok, string detail)
    {
        if (!ok)
        {
            throw SnapshotErrors.Corrupt(_snapshot.File, detail);
        }
    }
}
