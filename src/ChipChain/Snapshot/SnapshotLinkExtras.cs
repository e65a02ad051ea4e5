using System.Text.Json;

namespace ChipChain.Snapshot;

/// <summary>What a link has beyond item and share, read and checked when a snapshot is opened.</summary>
/// <param name="Capacity">The capacity, if any.</param>
/// <param name="Note">The note, if any.</param>
/// <param name="Source">The source id, if any.</param>
/// <param name="Unknown">The unknown properties.</param>
/// <param name="InventoryWeeks">The link's inventory weeks, or null.</param>
internal sealed record SnapshotLinkExtras(double? Capacity, string? Note, string? Source, IReadOnlyDictionary<string, JsonElement> Unknown, int? InventoryWeeks);
