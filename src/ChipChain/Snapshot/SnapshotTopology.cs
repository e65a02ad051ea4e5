using System.Runtime.CompilerServices;
using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>
/// The topology arrays of a snapshot, checked before the graph uses them: row starts run from 0 to their end without
/// going backwards, every index is in range, each link is exactly one entry (which gives the link its ends), no link
/// supplies its own consumer. (The reverse rows are not stored: the topology works them out on first use.) The arrays are read
/// first, before any node exists, so that the garbage collections their allocation may cause find a nearly empty heap.
/// </summary>
internal sealed class SnapshotTopology
{
    private readonly SnapshotFile _snapshot;
    private readonly int[] _itemStart;
    private readonly int[] _itemOwner;
    private readonly int[] _itemNameIndex;
    private readonly int[] _entryStart;
    private readonly int[] _entrySupplier;
    private readonly int[] _entryLink;
    private readonly double[] _entryShare;
    private readonly int[] _entryItem;
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
        _candidateFlags = snapshot.Read<byte>(SnapshotSection.Candidate);
        _candidate = GC.AllocateUninitializedArray<bool>(n); // every entry is set by Finish

        // Against the header's string count, which the string table was checked to have: this runs before it is read.
        Check(AllStrings(_itemNameIndex, snapshot.Counts.Strings), "a string index is out of range");
        Rows(_itemStart, _itemOwner.Length, allowEmpty: true, "item");
        Check(OwnersMatchRows(_itemStart, _itemOwner), "an item's owner is not the node whose row holds it");
        Rows(_entryStart, m, allowEmpty: false, "entry");
        _entryItem = GC.AllocateUninitializedArray<int>(m);
        if (CheckEntries(n, _itemOwner, _entryStart, _entrySupplier, _entryLink, _entryShare, _entryItem) is { } problem)
        {
            throw SnapshotErrors.Corrupt(_snapshot.File, problem);
        }
    }

    /// <summary>Checks the arrays against the node columns and makes the topology.</summary>
    /// <param name="flags">Each node's flags.</param>
    /// <param name="kind">The string index of each node's kind, or null when no node has one.</param>
    /// <param name="strings">The string table (the item names are decoded from it on first use).</param>
    /// <exception cref="InvalidSnapshotException">The arrays disagree with the nodes.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public GraphTopology Finish(byte[] flags, int[]? kind, SnapshotStringTable strings)
    {
        // Whether a node of a kind is a candidate by default: worked out once per distinct kind.
        var structure = new Dictionary<int, bool>();
        var (lastKind, lastStructure) = (-1, false);
        for (var node = 0; node < flags.Length; node++)
        {
            var k = kind is null ? -1 : kind[node];
            if (k != lastKind)
            {
                if (!structure.TryGetValue(k, out lastStructure))
                {
                    structure.Add(k, lastStructure = NodeKinds.IsStructure(strings.Get(k)));
                }

                lastKind = k;
            }

            var candidate = SnapshotFlags.CanFail(flags[node]) ?? !lastStructure;
            Check(SnapshotFlags.Requires(flags[node]) == Requirement.All || _itemStart[node + 1] - _itemStart[node] <= 1, "a 'requires any' node with more than one item");
            Check(_candidateFlags[node] <= 1 && (_candidateFlags[node] == 1) == candidate, "a candidate flag disagrees with its node");
            _candidate[node] = candidate;
        }

        var itemName = _itemNameIndex;
        return new GraphTopology(flags.Length, _itemStart, _itemOwner, i => strings.Get(itemName[i]), _entryStart, _entrySupplier, _entryLink, _entryShare, _entryItem, _candidate);
    }

    /// <summary>Whether every index is a string index or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllStrings(int[] indices, int strings)
    {
        foreach (var s in indices)
        {
            if ((uint)(s + 1) > (uint)strings)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether each item's owner is the node whose row holds it (the rows were checked).</summary>
    /// <remarks>
    /// This and the other loops over every node or entry run once per open: they are compiled fully optimised at once,
    /// as a method called once would otherwise run its loop in code compiled for a first call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool OwnersMatchRows(int[] itemStart, int[] itemOwner)
    {
        var owner = itemOwner.AsSpan();
        for (var node = 0; node < itemStart.Length - 1; node++)
        {
            foreach (var o in owner[itemStart[node]..itemStart[node + 1]])
            {
                if (o != node)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Goes through the entries item by item (the rows cover them in order, so each once, in entry order), giving each
    /// its item on the way rather than in a pass of its own, and checks its link (each exactly once, seen in a bitmap:
    /// an eighth of a bool array, and it stays in cache), its supplier and its share.
    /// </summary>
    /// <returns>The first problem, or null.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? CheckEntries(int n, int[] itemOwner, int[] entryStart, int[] entrySupplier, int[] entryLink, double[] entryShare, int[] entryItem)
    {
        var m = entryLink.Length;
        var seen = new ulong[(m + 63) >> 6];
        var supplier = entrySupplier.AsSpan(0, m);
        var link = entryLink.AsSpan(0, m);
        var share = entryShare.AsSpan(0, m);
        var item = entryItem.AsSpan(0, m);
        for (var i = 0; i < itemOwner.Length; i++)
        {
            var owner = itemOwner[i];
            var end = entryStart[i + 1];
            for (var e = entryStart[i]; e < end; e++)
            {
                item[e] = i;
                var l = link[e];
                if ((uint)l >= (uint)m || (seen[l >> 6] & (1UL << l)) != 0)
                {
                    return "an entry's link is out of range or repeated";
                }

                seen[l >> 6] |= 1UL << l;
                if ((uint)supplier[e] >= (uint)n || supplier[e] == owner)
                {
                    return "an entry's supplier is out of range or its own consumer";
                }

                if (share[e] is not (>= 0 and <= 1))
                {
                    return "an entry's share is outside 0..1";
                }
            }
        }

        return null;
    }

    /// <summary>Row starts: from 0 to <paramref name="end"/>, never going backwards (never staying, unless empty rows are allowed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
