namespace ChipChain.Model;

/// <summary>Builds the compressed item/supplier rows of a graph once, so analyses never re-derive them.</summary>
internal static class TopologyBuilder
{
    public static GraphTopology Build(IReadOnlyList<Node> nodes, LinkColumns links, int[] linkSupplier, int[] linkConsumer) =>
        Build(nodes.Count, i => nodes[i].Requires == Requirement.Any, i => nodes[i].IsFailureCandidate, links, linkSupplier, linkConsumer);

    /// <summary>Builds the rows of <paramref name="n"/> nodes known by what the topology needs of them, without node objects.</summary>
    /// <param name="n">The number of nodes.</param>
    /// <param name="requiresAny">Whether node <c>i</c> treats all its inbound links as one item.</param>
    /// <param name="candidate">Whether node <c>i</c> is a failure candidate.</param>
    /// <param name="links">The links.</param>
    /// <param name="linkSupplier">Each link's supplier index.</param>
    /// <param name="linkConsumer">Each link's consumer index.</param>
    public static GraphTopology Build(int n, Func<int, bool> requiresAny, Func<int, bool> candidate, LinkColumns links, int[] linkSupplier, int[] linkConsumer)
    {
        var m = links.Count;

        // Counting sort of links by consumer, stable in file order.
        var inStart = new int[n + 1];
        foreach (var c in linkConsumer)
        {
            inStart[c + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            inStart[i + 1] += inStart[i];
        }

        var byConsumer = new int[m];
        var fill = (int[])inStart.Clone();
        for (var l = 0; l < m; l++)
        {
            byConsumer[fill[linkConsumer[l]]++] = l;
        }

        var itemStart = new int[n + 1];
        var itemOwner = new int[Math.Max(m, 1)];
        var itemName = new string?[Math.Max(m, 1)];
        var entryStart = new int[m + 1];
        var entrySupplier = new int[m];
        var entryLink = new int[m];
        var entryShare = new double[m];
        var items = 0;
        var entry = 0;
        var grouping = new ItemGrouping();

        for (var node = 0; node < n; node++)
        {
            itemStart[node] = items;
            var from = inStart[node];
            var to = inStart[node + 1];
            if (from == to)
            {
                continue;
            }

            var consumerLinks = byConsumer.AsSpan(from, to - from);
            var groups = requiresAny(node) ? grouping.OneGroup(links.Item, consumerLinks) : grouping.ByItem(links.Item, consumerLinks);
            for (var g = 0; g < groups; g++)
            {
                itemOwner[items] = node;
                itemName[items] = grouping.Name(g);
                entryStart[items] = entry;
                items++;
                var first = entry;
                foreach (var l in grouping.Members(g))
                {
                    entrySupplier[entry] = linkSupplier[l];
                    entryLink[entry] = l;
                    entry++;
                }

                NormaliseShares(links.Share, entryLink.AsSpan(first, entry - first), entryShare.AsSpan(first, entry - first));
            }
        }

        itemStart[n] = items;
        entryStart[items] = entry;
        Array.Resize(ref itemOwner, items);
        Array.Resize(ref itemName, items);
        Array.Resize(ref entryStart, items + 1);

        var candidates = new bool[n];
        for (var i = 0; i < n; i++)
        {
            candidates[i] = candidate(i);
        }

        return new GraphTopology(n, itemStart, itemOwner, itemName, entryStart, entrySupplier, entryLink, entryShare, candidates);
    }

    /// <summary>
    /// the volume semantics of docs/design.md: suppliers without a share split what the stated shares leave below 1, then the
    /// item's shares are scaled to sum to 1. When nothing is left to scale (all zero), the suppliers share equally.
    /// </summary>
    internal static void NormaliseShares(double[] share, ReadOnlySpan<int> linkIndices, Span<double> shares)
    {
        double stated = 0;
        var unstated = 0;
        foreach (var l in linkIndices)
        {
            if (!double.IsNaN(share[l]))
            {
                stated += share[l];
            }
            else
            {
                unstated++;
            }
        }

        var rest = unstated == 0 ? 0 : Math.Max(0, 1 - stated) / unstated;
        double total = 0;
        for (var k = 0; k < linkIndices.Length; k++)
        {
            shares[k] = double.IsNaN(share[linkIndices[k]]) ? rest : share[linkIndices[k]];
            total += shares[k];
        }

        for (var k = 0; k < shares.Length; k++)
        {
            shares[k] = total > 0 ? shares[k] / total : 1.0 / shares.Length;
        }
    }
}
