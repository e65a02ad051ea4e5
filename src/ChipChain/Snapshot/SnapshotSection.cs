namespace ChipChain.Snapshot;

/// <summary>The sections of a version 4 snapshot, by the id written in the section table (docs/format.md).</summary>
internal enum SnapshotSection : uint
{
    /// <summary>i32 × (strings + 1): where each string starts in <see cref="StringBytes"/>; the last entry is its length.</summary>
    StringOffsets = 1,

    /// <summary>u8: every distinct string, UTF-8, back to back.</summary>
    StringBytes = 2,

    /// <summary>u8: the graph metadata as one UTF-8 JSON object.</summary>
    Metadata = 3,

    /// <summary>i32 × nodes: string index of each node's id.</summary>
    NodeId = 10,

    /// <summary>i32 × nodes: string index of the name, or -1.</summary>
    NodeName = 11,

    /// <summary>i32 × nodes: string index of the kind, or -1.</summary>
    NodeKind = 12,

    /// <summary>i32 × nodes: string index of the country, or -1.</summary>
    NodeCountry = 13,

    /// <summary>i32 × nodes: string index of the capacity unit, or -1.</summary>
    NodeUnit = 14,

    /// <summary>u8 × nodes: bit 0 requires any, bit 1 canFail stated, bit 2 canFail value.</summary>
    NodeFlags = 15,

    /// <summary>f64 × nodes: capacity, NaN for none.</summary>
    NodeCapacity = 16,

    /// <summary>f64 × nodes: failure probability, NaN for none.</summary>
    NodeFailureProbability = 17,

    /// <summary>i32 × (nodes + 1): row starts into <see cref="NodeTags"/>.</summary>
    NodeTagStart = 18,

    /// <summary>i32 × tags: string index of each tag.</summary>
    NodeTags = 19,

    /// <summary>i32 × nodes: string index of the attributes as a JSON object, or -1 for none.</summary>
    NodeAttributes = 20,

    /// <summary>i32 × nodes: string index of the unknown properties as a JSON object, or -1 for none.</summary>
    NodeUnknown = 21,

    /// <summary>f64 × nodes: <see cref="Model.Node.RecoveryWeeks"/> (a whole number, 1 or more), or NaN for none. Since version 3.</summary>
    NodeRecoveryWeeks = 22,

    /// <summary>
    /// u64 × <see cref="SnapshotLayout.IdSlots"/>: the id table (<see cref="Json.PackedIdTable"/>'s slots), so that opening
    /// checks it in one pass instead of building it. Since version 4.
    /// </summary>
    NodeIdSlots = 23,

    /// <summary>i32 × links: string index of the item, or -1.</summary>
    LinkItem = 32,

    /// <summary>f64 × links: share as stated, NaN for none.</summary>
    LinkShare = 33,

    /// <summary>i32 × extras: the links (strictly increasing) that have a capacity, note, source or unknown property.</summary>
    LinkExtra = 34,

    /// <summary>f64 × extras: capacity, NaN for none.</summary>
    LinkExtraCapacity = 35,

    /// <summary>i32 × extras: string index of the note, or -1.</summary>
    LinkExtraNote = 36,

    /// <summary>i32 × extras: string index of the source id, or -1.</summary>
    LinkExtraSource = 37,

    /// <summary>i32 × extras: string index of the unknown properties as a JSON object, or -1.</summary>
    LinkExtraUnknown = 38,

    /// <summary>f64 × extras: <see cref="Model.Link.InventoryWeeks"/> (a whole number, 0 or more), or NaN for none. Since version 3.</summary>
    LinkExtraInventoryWeeks = 39,

    /// <summary>i32 × (nodes + 1): <see cref="Model.GraphTopology.ItemStart"/>.</summary>
    ItemStart = 50,

    /// <summary>i32 × items: <see cref="Model.GraphTopology.ItemOwner"/>.</summary>
    ItemOwner = 51,

    /// <summary>i32 × items: string index of <see cref="Model.GraphTopology.ItemName"/>, or -1.</summary>
    ItemName = 52,

    /// <summary>i32 × (items + 1): <see cref="Model.GraphTopology.EntryStart"/>.</summary>
    EntryStart = 53,

    /// <summary>i32 × links: <see cref="Model.GraphTopology.EntrySupplier"/>.</summary>
    EntrySupplier = 54,

    /// <summary>i32 × links: <see cref="Model.GraphTopology.EntryLink"/>.</summary>
    EntryLink = 55,

    /// <summary>f64 × links: <see cref="Model.GraphTopology.EntryShare"/>.</summary>
    EntryShare = 56,

    // 57 and 58 held the reverse rows (UsesStart, UsesEntry) in version 1; version 2 works them out on first use.

    /// <summary>u8 × nodes: 1 when the node is a failure candidate, else 0.</summary>
    Candidate = 59,
}
