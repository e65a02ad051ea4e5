using ChipChain.Model;

namespace ChipChain.Cli.Output.Json;

/// <summary>The JSON of <c>chipchain spof</c> for one target: its single points of failure, ordered by id.</summary>
internal sealed record SpofTargetJson(string Target, IReadOnlyList<SpofNodeJson> SinglePointsOfFailure);

/// <summary>One single point of failure with the node's own fields (null where the file gives none).</summary>
internal sealed record SpofNodeJson(string Id, string? Name, string? Kind, string? Country)
{
    public static SpofNodeJson From(Node node) => new(node.Id, node.Name, node.Kind, node.Country);
}
