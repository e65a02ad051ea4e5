using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;

namespace ChipChain.Model;

/// <summary>
/// Copies of callers' collections for the immutable model types: a caller who keeps a reference to the list it
/// passed in cannot change a node, link or scenario afterwards. Collections that are already immutable are kept.
/// </summary>
internal static class Frozen
{
    public static IReadOnlyList<T> List<T>(IReadOnlyList<T>? value) => value switch
    {
        null or { Count: 0 } => [],
        ImmutableArray<T> or ImmutableList<T> => value,
        _ => ImmutableArray.CreateRange(value),
    };

    public static IReadOnlyDictionary<string, JsonElement> Properties(IReadOnlyDictionary<string, JsonElement>? value) => value switch
    {
        null or { Count: 0 } => EmptyProperties.Instance,
        FrozenDictionary<string, JsonElement> or ImmutableDictionary<string, JsonElement> => value,
        _ => value.ToFrozenDictionary(StringComparer.Ordinal),
    };
}
