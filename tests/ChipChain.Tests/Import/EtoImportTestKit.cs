using ChipChain.Analysis;
using System.Text.Json;
using ChipChain.Model;

namespace ChipChain.Tests.Import;

/// <summary>Helpers the ETO import tests share: links into a node, reachability, brute-force single points of failure.</summary>
internal static class EtoImportTestKit
{
    public static List<Link> Into(SupplyGraph graph, string consumer) => [.. graph.Links.Where(l => l.Consumer == consumer)];

    public static JsonElement Attribute(SupplyGraph graph, string id, string name) => graph.GetNode(id).Attributes[name];

    public static Dictionary<string, double> Numbers(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="to"/> can be reached from <paramref name="from"/> following links supplier → consumer.</summary>
    public static bool Reaches(SupplyGraph graph, string from, string to, Func<Link, bool> follow)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var link in graph.Links.Where(l => l.Supplier == id && follow(l)))
            {
                if (seen.Add(link.Consumer))
                {
                    queue.Enqueue(link.Consumer);
                }
            }
        }

        return seen.Contains(to);
    }

    /// <summary>
    /// Brute force: every failure candidate upstream of the target whose failure alone makes the target unavailable
    /// (structure nodes, markets and process steps, are gates and never tried).
    /// </summary>
    public static SortedSet<string> SinglePointsOfFailure(SupplyGraph graph, string target)
    {
        var t = graph.IndexOf(target);
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var candidate in Upstream(graph, target).Where(id => graph.GetNode(id).IsFailureCandidate))
        {
            if (FailureCascade.Run(graph.Topology, [graph.IndexOf(candidate)])[t])
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    private static HashSet<string> Upstream(SupplyGraph graph, string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([target]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var link in graph.Links.Where(l => l.Consumer == id))
            {
                if (seen.Add(link.Supplier))
                {
                    queue.Enqueue(link.Supplier);
                }
            }
        }

        return seen;
    }
}
