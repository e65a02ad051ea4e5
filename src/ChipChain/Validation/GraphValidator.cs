using System.Globalization;
using ChipChain.Model;

namespace ChipChain.Validation;

/// <summary>
/// The warnings of <c>chipchain validate</c> on a graph that loaded: item shares adding up to more than 1.05,
/// unknown kinds, countries that are not ISO 3166-1 alpha-2 codes, isolated nodes, cycles, duplicate links and links
/// citing an undeclared source.
/// </summary>
internal static class GraphValidator
{
    /// <summary>The largest sum of stated shares within one item that is not reported.</summary>
    public const double ShareSumTolerance = 1.05;

    /// <summary>Finds the warnings for <paramref name="graph"/>, in file order (node and link positions) per rule.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Warnings(SupplyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new List<Diagnostic>();
        var t = graph.Topology;
        for (var i = 0; i < graph.NodeCount; i++)
        {
            var node = graph[i];
            if (node.Kind is { } kind && !NodeKinds.IsKnown(kind))
            {
                result.Add(Warn($"node '{node.Id}' has unknown kind '{kind}' (known: {string.Join(", ", NodeKinds.All)})", NodePath(i, "kind"), node.Position));
            }

            if (node.Country is { } country && !CountryCodes.IsAlpha2(country))
            {
                result.Add(Warn(CountryMessage(node.Id, country), NodePath(i, "country"), node.Position));
            }

            if (t.ItemStart[i] == t.ItemStart[i + 1] && t.UsesOf(i).IsEmpty)
            {
                result.Add(Warn($"node '{node.Id}' is isolated: it has no links", NodePath(i, null), node.Position));
            }
        }

        for (var item = 0; item < t.ItemCount; item++)
        {
            double stated = 0;
            var first = -1;
            for (var e = t.EntryStart[item]; e < t.EntryStart[item + 1]; e++)
            {
                var link = graph.Links[t.EntryLink[e]];
                stated += link.Share ?? 0;
                first = first < 0 ? t.EntryLink[e] : first;
            }

            if (stated > ShareSumTolerance)
            {
                var owner = graph[t.ItemOwner[item]].Id;
                var what = t.ItemName(item) is { } name ? $"item '{name}' of '{owner}'" : $"supply of '{owner}'";
                result.Add(Warn(string.Create(CultureInfo.InvariantCulture, $"shares of {what} add up to {stated:0.###} (more than {ShareSumTolerance})"), LinkPath(first, "share"), graph.Links[first].Position));
            }
        }

        AddLinkWarnings(graph, result);
        AddCycleWarnings(graph, result);
        return result;
    }

    private static void AddLinkWarnings(SupplyGraph graph, List<Diagnostic> result)
    {
        var sources = graph.Metadata.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string, string, string?)>();
        for (var l = 0; l < graph.Links.Count; l++)
        {
            var link = graph.Links[l];
            if (!seen.Add((link.Supplier, link.Consumer, link.Item)))
            {
                result.Add(Warn($"duplicate link {link}", LinkPath(l, null), link.Position));
            }

            if (link.Source is { } source && sources.Count > 0 && !sources.Contains(source))
            {
                result.Add(Warn($"link {link} cites source '{source}', which is not in $.sources", LinkPath(l, "source"), link.Position));
            }
        }
    }

    private static void AddCycleWarnings(SupplyGraph graph, List<Diagnostic> result)
    {
        var scc = graph.Components;
        for (var c = 0; c < scc.Count; c++)
        {
            if (!scc.IsCyclic(c))
            {
                continue;
            }

            var members = scc.Members(c);
            var ids = new List<string>();
            foreach (var m in members)
            {
                ids.Add(graph[m].Id);
            }

            ids.Sort(StringComparer.Ordinal);
            var shown = ids.Count > 12 ? string.Join(", ", ids.Take(12)) + $", … ({ids.Count} nodes)" : string.Join(", ", ids);
            var firstNode = members[0];
            result.Add(Warn($"cycle: {shown} depend on each other (allowed; failures propagate around it)", NodePath(firstNode, null), graph[firstNode].Position));
        }
    }

    private static string CountryMessage(string id, string country)
    {
        var suggestion = CountryCodes.TryToAlpha2(country, out var alpha2) ? $"; did you mean \"{alpha2}\"?" : string.Empty;
        return $"country \"{country}\" of node '{id}' is not an ISO 3166-1 alpha-2 code{suggestion}";
    }

    private static Diagnostic Warn(string message, string path, SourcePosition? at) => new(DiagnosticSeverity.Warning, message, path, at);

    private static string NodePath(int i, string? field) =>
        string.Create(CultureInfo.InvariantCulture, $"$.nodes[{i}]") + (field is null ? string.Empty : "." + field);

    private static string LinkPath(int i, string? field) =>
        string.Create(CultureInfo.InvariantCulture, $"$.links[{i}]") + (field is null ? string.Empty : "." + field);
}
