using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Json;

/// <summary>Graph-level errors: duplicate node ids and links naming unknown nodes.</summary>
internal static class ReferenceChecks
{
    public static Dictionary<string, int> Run(ParseContext context, ParsedDocument document)
    {
        var index = new Dictionary<string, int>(document.Nodes.Count, StringComparer.Ordinal);
        var unique = new List<Node>(document.Nodes.Count);
        for (var i = 0; i < document.Nodes.Count; i++)
        {
            var node = document.Nodes[i];
            if (index.TryGetValue(node.Id, out var first))
            {
                var firstAt = unique[first].Position is { } p ? string.Create(CultureInfo.InvariantCulture, $" (first defined at line {p.Line})") : string.Empty;
                context.Error($"duplicate node id '{node.Id}'{firstAt}", Path("nodes", document.NodeIndices[i], "id"), node.Position);
                continue;
            }

            index.Add(node.Id, unique.Count);
            unique.Add(node);
        }

        document.Nodes.Clear();
        document.Nodes.AddRange(unique);
        for (var l = 0; l < document.Links.Count; l++)
        {
            var link = document.Links[l];
            if (!index.ContainsKey(link.Supplier))
            {
                context.Error($"unknown supplier '{link.Supplier}': no node has this id", Path("links", document.LinkIndices[l], "supplier"), link.Position);
            }

            if (!index.ContainsKey(link.Consumer))
            {
                context.Error($"unknown consumer '{link.Consumer}': no node has this id", Path("links", document.LinkIndices[l], "consumer"), link.Position);
            }
        }

        return index;
    }

    private static string Path(string array, int index, string field) =>
        string.Create(CultureInfo.InvariantCulture, $"$.{array}[{index}].{field}");
}
