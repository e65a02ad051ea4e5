using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Snapshot;

/// <summary>
/// The node columns of an open snapshot, checked when it was opened, from which each <see cref="Node"/> is made on
/// first use. A column that is empty for every node (no names, no units, …) is not kept.
/// </summary>
internal sealed class SnapshotNodes
{
    private readonly SnapshotStringTable _strings;
    private readonly IReadOnlyDictionary<int, IReadOnlyDictionary<string, JsonElement>> _bags;

    public SnapshotNodes(SnapshotStringTable strings, IReadOnlyDictionary<int, IReadOnlyDictionary<string, JsonElement>> bags)
    {
        _strings = strings;
        _bags = bags;
    }

    /// <summary>The string index of each node's id.</summary>
    public required int[] Id { get; init; }

    /// <summary>The string index of each node's name, or null when no node has one.</summary>
    public required int[]? Name { get; init; }

    /// <summary>The string index of each node's kind, or null when no node has one.</summary>
    public required int[]? Kind { get; init; }

    /// <summary>The string index of each node's country, or null when no node has one.</summary>
    public required int[]? Country { get; init; }

    /// <summary>The string index of each node's unit, or null when no node has one.</summary>
    public required int[]? Unit { get; init; }

    /// <summary>Each node's flags (<see cref="SnapshotFlags"/>).</summary>
    public required byte[] Flags { get; init; }

    /// <summary>Each node's capacity (NaN for none), or null when no node has one.</summary>
    public required double[]? Capacity { get; init; }

    /// <summary>Each node's failure probability (NaN for none), or null when no node has one.</summary>
    public required double[]? Probability { get; init; }

    /// <summary>Row starts into <see cref="Tags"/>, or null when no node has a tag.</summary>
    public required double[]? Recovery { get; init; }

    public required int[]? TagStart { get; init; }

    /// <summary>The string index of every tag.</summary>
    public required int[] Tags { get; init; }

    /// <summary>The string index of each node's attributes, or null when no node has any.</summary>
    public required int[]? Attributes { get; init; }

    /// <summary>The string index of each node's unknown properties, or null when no node has any.</summary>
    public required int[]? Unknown { get; init; }

    /// <summary>The id of node <paramref name="node"/>, without making the node.</summary>
    public string IdOf(int node) => _strings.Get(Id[node])!;

    /// <summary>The kind of node <paramref name="node"/>, without making the node.</summary>
    public string? KindOf(int node) => Text(Kind, node);

    /// <summary>Makes node <paramref name="node"/> from its columns.</summary>
    public Node Make(int node)
    {
        var flags = Flags[node];
        return new Node(IdOf(node))
        {
            Name = Text(Name, node),
            Kind = Text(Kind, node),
            Country = Text(Country, node),
            Unit = Text(Unit, node),
            Requires = SnapshotFlags.Requires(flags),
            CanFail = SnapshotFlags.CanFail(flags),
            Capacity = Number(Capacity, node),
            FailureProbability = Number(Probability, node),
            RecoveryWeeks = Number(Recovery, node) is { } weeks ? (int)weeks : null,
            Tags = TagsOf(node),
            Attributes = Bag(Attributes, node),
            UnknownProperties = Bag(Unknown, node),
        };
    }

    private string? Text(int[]? column, int node) => column is null ? null : _strings.Get(column[node]);

    private static double? Number(double[]? column, int node) => column is null || double.IsNaN(column[node]) ? null : column[node];

    private string[] TagsOf(int node)
    {
        if (TagStart is null || TagStart[node] == TagStart[node + 1])
        {
            return [];
        }

        var tags = new string[TagStart[node + 1] - TagStart[node]];
        for (var t = 0; t < tags.Length; t++)
        {
            tags[t] = _strings.Get(Tags[TagStart[node] + t])!;
        }

        return tags;
    }

    private IReadOnlyDictionary<string, JsonElement> Bag(int[]? column, int node) =>
        column is null || column[node] < 0 ? EmptyProperties.Instance : _bags[column[node]];
}
