using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>
/// The topology arrays of a snapshot, checked before the graph uses them: row starts run from 0 to their end without
/// going backwards, every index is in range, each link is exactly one entry (which gives the link its ends), no link
/// supplies its own consumer, and the reverse rows list each entry once under its supplier. The arrays are read
/// first, before any node exists, so that the garbage collections their allocation may cause find a nearly empty heap.
/// </summary>
internal sealed class SnapshotTopology
{
    private readonly SnapshotFile _snapshot;
    private readonly int[] _itemStart;
    private readonly int[] _itemOwner;
    private readonly int[] _itemNameIndex;
    private readonly string?[] _itemName;
    private readonly int[] _entryStart;
    private readonly int[] _entrySupplier;
    private readonly int[] _entryLink;
    private readonly double[] _entryShare;
    private readonly int[] _entryItem;
    private readonly int[] _usesStart;
    private readonly int[] _usesEntry;
    private readonly byte[] _candidateFlags;
    private readonly bool[] _candidate;

    /// <summary>Reads the arrays and checks what does not depend on the nodes.</summary>
    /// <exception cref="InvalidSnapshotException">An array is damaged or inconsistent.</exception>
    public SnapshotTopology(SnapshotFile snapshot)
    {
        _snapshot = snapshot;
        var n = snapshot.Counts.Nodes;
        var m = snapshot.Counts.Links;
        _itemStart = snapshot.Read<int>(SnapshotSection.ItemStart);
        _itemOwner = snapshot.Read<int>(SnapshotSection.ItemOwner);
        _itemNameIndex = snapshot.Read<int>(SnapshotSection.ItemName);
        _entryStart = snapshot.Read<int>(SnapshotSection.EntryStart);
        _entrySupplier = snapshot.Read<int>(SnapshotSection.EntrySupplier);
        _entryLink = snapshot.Read<int>(SnapshotSection.EntryLink);
        _entryShare = snapshot.Read<double>(SnapshotSection.EntryShare);
        _usesStart = snapshot.Read<int>(SnapshotSection.UsesStart);
        _usesEntry = snapshot.Read<int>(SnapshotSection.UsesEntry);
        _candidateFlags = snapshot.Read<byte>(SnapshotSection.Candidate);
        _itemName = new string?[_itemOwner.Length];
        _candidate = new bool[n];

        Rows(_itemStart, _itemOwner.Length, allowEmpty: true, "item");
        for (var node = 0; node < n; node++)
        {
            for (var i = _itemStart[node]; i < _itemStart[node + 1]; i++)
            {
                Check(_itemOwner[i] == node, "an item's owner is not the node whose row holds it");
            }
        }

        Rows(_entryStart, m, allowEmpty: false, "entry");
        _entryItem = GraphTopology.EntryItems(_itemOwner.Length, _entryStart, m);
        var linkSeen = new bool[m];
        for (var e = 0; e < m; e++)
        {
            var l = _entryLink[e];
            Check((uint)l < (uint)m && !linkSeen[l], "an entry's link is out of range or repeated");
            linkSeen[l] = true;
            Check((uint)_entrySupplier[e] < (uint)n && _entrySupplier[e] != _itemOwner[_entryItem[e]], "an entry's supplier is out of range or its own consumer");
            Check(_entryShare[e] is >= 0 and <= 1, "an entry's share is outside 0..1");
        }

        Rows(_usesStart, m, allowEmpty: true, "uses");
        for (var s = 0; s < n; s++)
        {
            for (var u = _usesStart[s]; u < _usesStart[s + 1]; u++)
            {
                var e = _usesEntry[u];
                Check((uint)e < (uint)m && _entrySupplier[e] == s && (u == _usesStart[s] || e > _usesEntry[u - 1]), "a reverse row does not list its supplier's entries in order");
            }
        }
    }

    /// <summary>Checks the arrays against the nodes and makes the topology.</summary>
    /// <param name="nodes">The nodes.</param>
    /// <param name="text">The string with an index (null for -1), which checks the index.</param>
    /// <exception cref="InvalidSnapshotException">The arrays disagree with the nodes.</exception>
    public GraphTopology Finish(Node[] nodes, Func<int, string?> text)
    {
        for (var node = 0; node < nodes.Length; node++)
        {
            Check(nodes[node].Requires == Requirement.All || _itemStart[node + 1] - _itemStart[node] <= 1, "a 'requires any' node with more than one item");
            Check(_candidateFlags[node] <= 1 && (_candidateFlags[node] == 1) == nodes[node].IsFailureCandidate, "a candidate flag disagrees with its node");
            _candidate[node] = _candidateFlags[node] == 1;
        }

        for (var i = 0; i < _itemName.Length; i++)
        {
            _itemName[i] = text(_itemNameIndex[i]);
        }

        return new GraphTopology(nodes.Length, _itemStart, _itemOwner, _itemName, _entryStart, _entrySupplier, _entryLink, _entryShare, _entryItem, _usesStart, _usesEntry, _candidate);
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
