using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Text.Json;

namespace ChipChain.Model;

/// <summary>
/// Copies of callers' collections for the immutable model types: a caller who keeps a reference to the list it
/// passed in cannot change a node, link or scenario afterwards. Copies keep the caller's order (property bags are
/// written back in file order), and a copy made here is never copied again.
/// </summary>
internal static class Frozen
{
    public static IReadOnlyList<T> List<T>(IReadOnlyList<T>? value) => value switch
    {
        null or { Count: 0 } => [],
        ImmutableArray<T> or ImmutableList<T> => value,
        _ => ImmutableArray.CreateRange(value),
    };

    public static IReadOnlyDictionary<string, T> Map<T>(IReadOnlyDictionary<string, T>? value) => value switch
    {
        null or { Count: 0 } => Copy<T>.Empty,
        Copy<T> => value,
        _ => new Copy<T>(new Dictionary<string, T>(value, StringComparer.Ordinal)),
    };

    public static IReadOnlyDictionary<string, JsonElement> Properties(IReadOnlyDictionary<string, JsonElement>? value) =>
        value is null || value.Count == 0 ? EmptyProperties.Instance : Map(value);

    /// <summary>A private, order-preserving copy nobody else holds a mutable reference to.</summary>
    private sealed class Copy<T>(IDictionary<string, T> inner) : ReadOnlyDictionary<string, T>(inner)
    {
        public static new Copy<T> Empty { get; } = new(new Dictionary<string, T>());
    }
}
