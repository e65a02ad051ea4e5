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

        var hint = graph.Nodes.Select(n => n.Id).Where(n => n.Contains(id, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).Take(3).ToList();
        var suggestion = hint.Count > 0 ? $"; did you mean {string.Join(", ", hint.Select(h => $"'{h}'"))}?" : string.Empty;
        throw new CliUsageException($"unknown node id '{id}' given to {option}{suggestion}");
    }
}
