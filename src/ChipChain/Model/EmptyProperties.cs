using System.Text.Json;

namespace ChipChain.Model;

/// <summary>The shared empty property bag.</summary>
internal static class EmptyProperties
{
    public static IReadOnlyDictionary<string, JsonElement> Instance { get; } = new System.Collections.ObjectModel.ReadOnlyDictionary<string, JsonElement>(new Dictionary<string, JsonElement>());
}
