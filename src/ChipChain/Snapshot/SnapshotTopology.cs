using System.Runtime.CompilerServices;
using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>
/// The topology arrays of a snapshot, checked before the graph uses them: row starts run from 0 to their end without
/// going backwards, every index is in range, each link is exactly one entry (which gives the link its ends), no link
/// supplies its own consumer. (The reverse rows are not stored: the topology works them out on first use.) The arrays
/// every analysis walks (the rows, owners and suppliers) are read first, before any node exists, so that the garbage
/// collections their allocation may cause find a nearly empty heap. The others (links, shares, item names) are checked
/// in place in the file's mapping and read again, against their checksums, only when first asked for: many queries
/// never use them, and opening then copies nothing for them.
/// </summary>
internal sealed class SnapshotTopology
{
    private const int ChunkLength = SnapshotColumn<double>.ChunkLength;
    private readonly SnapshotFile _snapshot;
    private readonly string _path;
    private readonly int[] _itemStart;
    private readonly int[] _itemOwner;
    private readonly int[] _entryStart;
    private readonly int[] _entrySupplier;
    private readonly byte[] _candidateFlags;
    private readonly bool[] _candidate;

    /// <summary>Reads the arrays and checks what does not depend on the nodes.</summary>
    /// <param name="snapshot">The open snapshot.</param>
    /// <param name="path">Its path, to read the arrays that are not kept again on first use.</param>
    /// <exception cref="InvalidSnapshotException">An array is damaged or inconsistent.</exception>
    /// <exception cref="IOException">The file cannot be read or mapped.</exception>
    public SnapshotTopology(SnapshotFile snapshot, string path)
    {
        _snapshot = snapshot;
        _path = path;
        var n = snapshot.Counts.Nodes;
        var m = snapshot.Counts.Links;
        // Ranges and order are checked block by block as each is read, while it is in cache.
        _itemStart = snapshot.Read<int>(SnapshotSection.ItemStart, block => ColumnChecks.AllRising(block, strictly: false), "item row starts go backwards");
        _itemOwner = snapshot.Read<int>(SnapshotSection.ItemOwner, block => ColumnChecks.AllBelow(block, n), "an item's owner is not the node whose row holds it");
        _entryStart = snapshot.Read<int>(SnapshotSection.EntryStart, block => ColumnChecks.AllRising(block, strictly: true), "entry row starts go backwards");
        _entrySupplier = snapshot.Read<int>(SnapshotSection.EntrySupplier, block => ColumnChecks.AllBelow(block, n), "an entry's supplier is out of range or its own consumer");
        _candidateFlags = snapshot.Read<byte>(SnapshotSection.Candidate);
        _candidate = GC.AllocateUninitializedArray<bool>(n); // every entry is set by Finish

        Check(_itemStart[0] == 0 && _itemStart[^1] == _itemOwner.Length, "the item rows do not cover their array");
        Check(OwnersMatchRows(_itemStart, _itemOwner), "an item's owner is not the node whose row holds it");
        Check(_entryStart[0] == 0 && _entryStart[^1] == m, "the entry rows do not cover their array");
        if (CheckEntries() is { } problem)
        {
            throw SnapshotErrors.Corrupt(_snapshot.File, problem);
        }

        // Against the header's string count, which the string table was checked to have: this runs before it is read.
        var strings = snapshot.Counts.Strings;
        snapshot.CheckInPlace<int>(SnapshotSection.ItemName, block => ColumnChecks.AllIndicesOrNone(block, strings), "a string index is out of range");
        snapshot.CheckInPlace<double>(SnapshotSection.EntryShare, block => ColumnChecks.AllFractions(block, orNaN: false), "an entry's share is outside 0..1");
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
        var (anyWithItems, disagrees) = (false, false);
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

            // Problems are gathered, not branched on, node by node: the checks pass in every file but a damaged one.
            var candidate = SnapshotFlags.CanFail(flags[node]) ?? !isStructure;
            anyWithItems |= SnapshotFlags.Requires(flags[node]) == Requirement.Any & _itemStart[node + 1] - _itemStart[node] > 1;
            disagrees |= _candidateFlags[node] != (candidate ? 1 : 0);
            _candidate[node] = candidate;
        }

        Check(!anyWithItems, "a 'requires any' node with more than one item");
        Check(!disagrees, "a candidate flag disagrees with its node");

        var itemName = Again<int>(SnapshotSection.ItemName);
        return new GraphTopology(flags.Length, _itemStart, _itemOwner, i => strings.Get(itemName.Value[i]), _entryStart, _entrySupplier, Again<int>(SnapshotSection.EntryLink), Again<double>(SnapshotSection.EntryShare), entryItem: null, _candidate);
    }

    /// <summary>A section read again, and checked against its checksum again, when first asked for.</summary>
    private LazyArray<T> Again<T>(SnapshotSection section)
        where T : unmanaged
    {
        var (path, file, extent) = (_path, _snapshot.File, _snapshot.Extent(section));
        return new LazyArray<T>(() => SnapshotFile.ReadAgain<T>(path, file, extent));
    }

    /// <summary>Whether each item's owner is the node whose row holds it (the rows were checked).</summary>
    /// <remarks>
    /// Each item looks up its owner's row (in a valid file the owners rise, so the look-ups run front to back) rather than
    /// each row going through its items: rows hold a few items each, and a loop per row mispredicts its end every time.
    /// This and the other loops over every node or entry run once per open: they are compiled fully optimised at once,
    /// as a method called once would otherwise run its loop in code compiled for a first call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool OwnersMatchRows(int[] itemStart, int[] itemOwner)
    {
        // Every owner is a node (checked as read), so both look-ups are in range.
        var start = itemStart.AsSpan();
        var outside = false;
        for (var i = 0; i < itemOwner.Length; i++)
        {
            var owner = itemOwner[i];
            outside |= i < start[owner] | i >= start[owner + 1];
        }

        return !outside;
    }

    /// <summary>
    /// Goes through the entries once (their rows and their suppliers' range were checked), with the links in place in
    /// the mapping a chunk at a time: each link must be in range and given exactly once, seen in a bitmap (an eighth of
    /// a bool array, and it stays in cache), and no entry's supplier may be its item's owner. The item of each entry is
    /// counted on the way from a bitmap of where the items start (the rows rise strictly, so every item but the first
    /// starts at a distinct entry): no per-item loop, whose end would be mispredicted at every item.
    /// </summary>
    /// <returns>The first problem, or null.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? CheckEntries()
    {
        var m = _entrySupplier.Length;
        var starts = new ulong[(m + 64) >> 6];
        for (var i = 1; i < _itemOwner.Length; i++)
        {
            starts[_entryStart[i] >> 6] |= 1UL << _entryStart[i];
        }

        var seen = new ulong[(m + 63) >> 6];
        var supplier = _entrySupplier.AsSpan();
        var owner = _itemOwner.AsSpan();
        var repeated = 0UL;
        var own = false;
        var item = 0;
        using var links = new SnapshotColumn<int>(_snapshot, SnapshotSection.EntryLink);
        for (var start = 0; start < m; start += ChunkLength)
        {
            var link = links.Next(Math.Min(ChunkLength, m - start));
            if (!ColumnChecks.AllBelow(link, m))
            {
                return "an entry's link is out of range or repeated";
            }

            var suppliers = supplier.Slice(start, link.Length);
            for (var k = 0; k < link.Length; k++)
            {
                var e = start + k;
                item += (int)((starts[e >> 6] >> e) & 1);
                var l = link[k];
                ref var word = ref seen[l >> 6];
                repeated |= word & (1UL << l);
                word |= 1UL << l;
                own |= suppliers[k] == owner[item];
            }
        }

        links.Verify();
        return repeated != 0 ? "an entry's link is out of range or repeated"
            : own ? "an entry's supplier is out of range or its own consumer"
            : null;
    }

    private void Check(bool ok, string detail)
    {
        if (!ok)
        {
            throw SnapshotErrors.Corrupt(_snapshot.File, detail);
        }
    }
}
