namespace ChipChain.Rendering.Highlighting;

/// <summary>
/// What a diagram highlights for one target: its single points of failure, the members of its order-2 minimal cut
/// sets, and the links along which those failures reach the target. Immutable; ids sorted ordinally.
/// </summary>
public sealed class DiagramHighlights
{
    private readonly Dictionary<string, NodeHighlight> _roles;
    private readonly Dictionary<int, NodeHighlight> _linkRoles;

    internal DiagramHighlights(
        string target,
        HighlightMode mode,
        IReadOnlyList<string> singlePointsOfFailure,
        IReadOnlyList<(string First, string Second)> cutSets,
        Dictionary<int, NodeHighlight> linkRoles)
    {
        Target = target;
        Mode = mode;
        SinglePointsOfFailure = singlePointsOfFailure;
        CutSets = cutSets;
        CutSetMembers = cutSets.SelectMany(c => new[] { c.First, c.Second }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _linkRoles = linkRoles;
        AffectedLinks = linkRoles.Keys.Order().ToArray();
        _roles = new Dictionary<string, NodeHighlight>(StringComparer.Ordinal) { [target] = NodeHighlight.Target };
        foreach (var id in CutSetMembers)
        {
            _roles[id] = NodeHighlight.CutSetMember;
        }

        foreach (var id in singlePointsOfFailure)
        {
            _roles[id] = NodeHighlight.SinglePointOfFailure;
        }
    }

    /// <summary>No highlights.</summary>
    public static DiagramHighlights None { get; } = new(string.Empty, HighlightMode.None, [], [], []);

    /// <summary>The target's id (empty for <see cref="None"/>).</summary>
    public string Target { get; }

    /// <summary>What was asked for.</summary>
    public HighlightMode Mode { get; }

    /// <summary>The target's single points of failure.</summary>
    public IReadOnlyList<string> SinglePointsOfFailure { get; }

    /// <summary>The target's order-2 minimal cut sets (empty unless <see cref="Mode"/> is <see cref="HighlightMode.CutSets"/>).</summary>
    public IReadOnlyList<(string First, string Second)> CutSets { get; }

    /// <summary>The nodes that belong to some order-2 minimal cut set.</summary>
    public IReadOnlyList<string> CutSetMembers { get; }

    /// <summary>The indices (in the graph's links) of the links along which a highlighted failure reaches the target.</summary>
    internal IReadOnlyList<int> AffectedLinks { get; }

    /// <summary>How node <paramref name="id"/> is highlighted.</summary>
    /// <param name="id">A node id.</param>
    /// <returns>Its highlight.</returns>
    public NodeHighlight RoleOf(string id) =>
        Mode != HighlightMode.None && _roles.TryGetValue(id, out var role) ? role : NodeHighlight.None;

    /// <summary>Which failure a link carries: <see cref="NodeHighlight.SinglePointOfFailure"/>, <see cref="NodeHighlight.CutSetMember"/> or none.</summary>
    /// <param name="link">A link index.</param>
    /// <returns>The failure kind the link carries.</returns>
    internal NodeHighlight LinkRole(int link) => _linkRoles.TryGetValue(link, out var role) ? role : NodeHighlight.None;
}
