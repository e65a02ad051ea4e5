using ChipChain.Model;

namespace ChipChain.Cli.Infrastructure;

/// <summary>Resolves <c>--target</c> to node indices: the named node, or the graph's default targets.</summary>
internal static class Targets
{
    public static IReadOnlyList<int> Resolve(SupplyGraph graph, string? target, string option = "--target")
    {
        if (target is null)
        {
            return graph.DefaultTargets();
        }

        return [Node(graph, target, option)];
    }

    public static int Node(SupplyGraph graph, string id, string option)
    {
        if (graph.TryGetIndex(id, out var index))
        {
            return index;
        }

        // A typo first (edit distance), else ids that contain what was typed, else a node whose name it is.
        var ids = graph.Nodes.Select(n => n.Id).ToList();
        var hint = NearestIds.Suggest(ids, id) is { } near
            ? [near]
            : ids.Where(n => n.Contains(id, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).Take(3)
                .Concat(graph.Nodes.Where(n => string.Equals(n.Name, id, StringComparison.OrdinalIgnoreCase)).Select(n => n.Id)).Distinct().ToList();
        var suggestion = hint.Count > 0 ? $"; did you mean {string.Join(", ", hint.Select(h => $"'{h}'"))}?" : string.Empty;
        throw new CliUsageException($"unknown node id '{id}' given to {option}{suggestion}");
    }
}
