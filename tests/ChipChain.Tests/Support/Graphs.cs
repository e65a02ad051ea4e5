using ChipChain.Json;
using ChipChain.Model;

namespace ChipChain.Tests.Support;

/// <summary>Small helpers to build graphs in tests from a compact notation.</summary>
internal static class Graphs
{
    /// <summary>Builds a graph: nodes as "id" or "id:any"; links as "supplier>consumer" or "supplier>consumer:item" or with "@share".</summary>
    public static SupplyGraph Build(string[] nodes, params string[] links)
    {
        var builder = new SupplyGraphBuilder();
        foreach (var spec in nodes)
        {
            var parts = spec.Split(':');
            builder.AddNode(new Node(parts[0]) { Requires = parts.Length > 1 && parts[1] == "any" ? Requirement.Any : Requirement.All, Kind = parts.Length > 2 ? parts[2] : null });
        }

        foreach (var spec in links)
        {
            var share = (double?)null;
            var text = spec;
            var at = text.IndexOf('@', StringComparison.Ordinal);
            if (at >= 0)
            {
                share = double.Parse(text[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                text = text[..at];
            }

            var arrow = text.Split('>');
            var consumerAndItem = arrow[1].Split(':');
            builder.AddLink(new Link(arrow[0], consumerAndItem[0]) { Item = consumerAndItem.Length > 1 ? consumerAndItem[1] : null, Share = share });
        }

        return builder.Build();
    }

    public static SupplyGraph Sample() => SupplyGraphJson.Load(RepositoryFiles.Graph("ai-accelerators.json"));

    public static SupplyGraph FromJson(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return SupplyGraphJson.Load(stream, "test.json");
    }

    public static IReadOnlyList<string> Unavailable(SupplyGraph graph, params string[] failed) => FailureCascade.Run(graph, failed);
}
