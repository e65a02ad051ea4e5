using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Cli.Output;

/// <summary>
/// Names beside ids in text, Markdown and CSV tables, so a reader never has to look an id up. One rule everywhere: a
/// column holding one id gets an adjacent name column (<see cref="Header"/>); ids inside a cell, a list, a heading
/// or a sentence read <c>id (Name)</c> (<see cref="Label"/>). An item that is a node id (as in the ETO graph, whose
/// items are the ids of input nodes) takes that node's name. Ids without a name, or whose name is the id, stay bare.
/// </summary>
internal sealed class NodeLabels(SupplyGraph graph)
{
    /// <summary>The graph the labels are drawn from.</summary>
    public SupplyGraph Graph => graph;

    /// <summary>The name of the node with this id, or empty when there is no such node or it has no name of its own.</summary>
    public string Name(string? id) =>
        id is not null && graph.TryGetIndex(id, out var index) && graph[index].Name is { Length: > 0 } name && !string.Equals(name, id, StringComparison.Ordinal)
            ? name
            : string.Empty;

    /// <summary>The node's name as the file gives it, or <see langword="null"/> when there is no such node or no name (for JSON).</summary>
    public string? NameOrNull(string? id) => id is not null && graph.TryGetIndex(id, out var index) ? graph[index].Name : null;

    /// <summary><c>id (Name)</c>, or the bare id when it has no name.</summary>
    public string Label(string id) => Name(id) is { Length: > 0 } name ? $"{id} ({name})" : id;

    /// <summary>Labels joined by <paramref name="separator"/>; beyond <paramref name="max"/> the rest is counted: <c>a (A), b (B), … (7)</c>.</summary>
    public string List(IEnumerable<string> ids, int max = int.MaxValue, string separator = ", ")
    {
        var all = ids as IReadOnlyCollection<string> ?? ids.ToList();
        var shown = string.Join(separator, all.Take(max).Select(Label));
        return all.Count > max ? $"{shown}{separator}… ({all.Count.ToString(CultureInfo.InvariantCulture)})" : shown;
    }

    /// <summary>The header of the name column beside an id column: <c>name</c> beside <c>id</c>, else <c>COLUMN name</c>.</summary>
    public static string Header(string idColumn) => idColumn is "id" or "node" ? "name" : idColumn + " name";
}
