using ChipChain.Model;

namespace ChipChain.Analysis.Diff;

/// <summary>The structure half of a diff: nodes and links matched by id and by (supplier, consumer, item).</summary>
internal static class StructureComparison
{
    private const int Decimals = 9;

    public static GraphDiffResult Compare(SupplyGraph before, SupplyGraph after, double tolerance)
    {
        var added = after.Nodes.Where(n => !before.Contains(n.Id)).Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        var removed = before.Nodes.Where(n => !after.Contains(n.Id)).Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        var renamed = new List<NodeChange<string?>>();
        var rekinded = new List<NodeChange<string?>>();
        var moved = new List<NodeChange<string?>>();
        foreach (var old in before.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            if (!after.TryGetIndex(old.Id, out var index))
            {
                continue;
            }

            var now = after[index];
            AddIfChanged(renamed, old.Id, old.Name, now.Name);
            AddIfChanged(rekinded, old.Id, old.Kind, now.Kind);
            AddIfChanged(moved, old.Id, old.Country, now.Country);
        }

        var oldLinks = EffectiveShares(before);
        var newLinks = EffectiveShares(after);
        var linksAdded = newLinks.Keys.Where(k => !oldLinks.ContainsKey(k)).Order(LinkOrder.Instance)
            .Select(k => Change(k, null, newLinks[k])).ToList();
        var linksRemoved = oldLinks.Keys.Where(k => !newLinks.ContainsKey(k)).Order(LinkOrder.Instance)
            .Select(k => Change(k, oldLinks[k], null)).ToList();
        var shifted = new List<LinkKey>();
        foreach (var (key, share) in oldLinks)
        {
            // The tolerance is inclusive of rounding noise: a move must exceed it to count.
            if (newLinks.TryGetValue(key, out var now) && Math.Abs(now - share) > tolerance + 1e-12)
            {
                shifted.Add(key);
            }
        }

        var shares = shifted.Order(LinkOrder.Instance).Select(k => Change(k, oldLinks[k], newLinks[k])).ToList();
        return new GraphDiffResult(added, removed, renamed, rekinded, moved, linksAdded, linksRemoved, shares, []);
    }

    private static LinkChange Change(LinkKey key, double? before, double? after) =>
        new(key.Supplier, key.Consumer, key.Item, before, after);

    private static void AddIfChanged(List<NodeChange<string?>> changes, string id, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new NodeChange<string?>(id, before, after));
        }
    }

    /// <summary>
    /// Each link's share within its item as the analyses see it (stated shares normalised, unstated ones filling
    /// the rest), summed over links with the same key and rounded so the same share reads the same in both graphs.
    /// </summary>
    private static Dictionary<LinkKey, double> EffectiveShares(SupplyGraph graph)
    {
        var t = graph.Topology;
        var links = graph.Links;
        var result = new Dictionary<LinkKey, double>(links.Count);
        var entryLink = t.EntryLink;
        var entryShare = t.EntryShare;
        for (var e = 0; e < t.EntryCount; e++)
        {
            var link = links[entryLink[e]];
            var key = new LinkKey(link.Supplier, link.Consumer, link.Item);
            result[key] = result.GetValueOrDefault(key) + entryShare[e];
        }

        foreach (var key in result.Keys.ToList())
        {
            result[key] = Math.Round(result[key], Decimals);
        }

        return result;
    }
}
