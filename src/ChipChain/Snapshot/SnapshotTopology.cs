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
        Check(ColumnChecks.AllIndicesOrNone(_itemNameIndex, snapshot.Counts.Strings), "a string index is out of range");
        Rows(_itemStart, _itemOwner.Length, strictly: false, "item");
        Check(OwnersMatchRows(n, _itemStart, _itemOwner), "an item's owner is not the node whose row holds it");
        Rows(_entryStart, m, strictly: true, "entry");
        Check(ColumnChecks.AllBelow(_entryLink, m), "an entry's link is out of range or repeated");
        Check(ColumnChecks.AllBelow(_entrySupplier, n), "an entry's supplier is out of range or its own consumer");
        Check(ColumnChecks.AllFractions(_entryShare, orNaN: false), "an entry's share is outside 0..1");
        if (CheckEntries(_itemOwner, _entryStart, _entrySupplier, _entryLink) is { } problem)
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
        // Whether a node of a kind is a candidate by default, worked out once per distinct kind: 0 not yet, 1 no, 2 yes.
        var structure = kind is null ? null : new byte[strings.Count];
        var noKindIsStructure = NodeKinds.IsStructure(null);
        for (var node = 0; node < flags.Length; node++)
        {
            bool isStructure;
            if (structure is null || kind![node] < 0)
            {
                isStructure = noKindIsStructure;
            }
            else
            {
                ref var known = ref structure[kind[node]];
                if (known == 0)
                {
                    known = NodeKinds.IsStructure(strings.Get(kind[node])) ? (byte)2 : (byte)1;
                }

                isStructure = known == 2;
            }

            var candidate = SnapshotFlags.CanFail(flags[node]) ?? !isStructure;
            Check(SnapshotFlags.Requires(flags[node]) == Requirement.All || _itemStart[node + 1] - _itemStart[node] <= 1, "a 'requires any' node with more than one item");
            Check(_candidateFlags[node] <= 1 && (_candidateFlags[node] == 1) == candidate, "a candidate flag disagrees with its node");
            _candidate[node] = candidate;
        }

        var itemName = _itemNameIndex;
        return new GraphTopology(flags.Length, _itemStart, _itemOwner, i => strings.Get(itemName[i]), _entryStart, _entrySupplier, _entryLink, _entryShare, entryItem: null, _candidate);
    }

    /// <summary>Whether each item's owner is the node whose row holds it (the rows were checked).</summary>
    /// <remarks>
    /// Each item looks up its owner's row (in a valid file the owners rise, so the look-ups run front to back) rather than
    /// each row going through its items: rows hold a few items each, and a loop per row mispredicts its end every time.
    /// This and the other loops over every node or entry run once per open: they are compiled fully optimised at once,
    /// as a method called once would otherwise run its loop in code compiled for a first call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool OwnersMatchRows(int n, int[] itemStart, int[] itemOwner)
    {
        if (!ColumnChecks.AllBelow(itemOwner, n))
        {
            return false;
        }

        var start = itemStart.AsSpan(0, n + 1);
        var outside = false;
        for (var i = 0; i < itemOwner.Length; i++)
        {
            var owner = itemOwner[i];
            outside |= i < start[owner] | i >= start[owner + 1];
        }

        return !outside;
    }

    /// <summary>
    /// Goes through the entries once (their ranges, and their links' and suppliers' ranges, were checked), checking that
    /// each link is given exactly once, seen in a bitmap (an eighth of a bool array, and it stays in cache), and that no
    /// entry's supplier is its item's owner. The item of each entry is counted on the way from a bitmap of where the
    /// items start (the rows rise strictly, so every item but the first starts at a distinct entry): no per-item loop,
    /// whose end would be mispredicted at every item.
    /// </summary>
    /// <returns>The first problem, or null.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? CheckEntries(int[] itemOwner, int[] entryStart, int[] entrySupplier, int[] entryLink)
    {
        var m = entryLink.Length;
        var starts = new ulong[(m + 64) >> 6];
        for (var i = 1; i < itemOwner.Length; i++)
        {
            starts[entryStart[i] >> 6] |= 1UL << entryStart[i];
        }

        var seen = new ulong[(m + 63) >> 6];
        var supplier = entrySupplier.AsSpan(0, m);
        var link = entryLink.AsSpan(0, m);
        var owner = itemOwner.AsSpan();
        var repeated = 0UL;
        var own = false;
        var item = 0;
        for (var e = 0; e < m; e++)
        {
            item += (int)((starts[e >> 6] >> e) & 1);
            var l = link[e];
            ref var word = ref seen[l >> 6];
            repeated |= word & (1UL << l);
            word |= 1UL << l;
            own |= supplier[e] == owner[item];
        }

        return repeated != 0 ? "an entry's link is out of range or repeated"
            : own ? "an entry's supplier is out of range or its own consumer"
            : null;
    }

    /// <summary>Row starts: from 0 to <paramref name="end"/>, never going backwards (always going forwards when <paramref name="strictly"/>).</summary>
    private void Rows(int[] start, int end, bool strictly, string what)
    {
        Check(start[0] == 0 && start[^1] == end, $"the {what} rows do not cover their array");
        Check(ColumnChecks.AllRising(start, strictly), $"{what} row starts go backwards");
    }

    private void Check(bool ok, string detail)
    {
        if (!ok)
        {
            throw SnapshotErrors.Corrupt(_snapshot.File, detail);
        }
    }
}
