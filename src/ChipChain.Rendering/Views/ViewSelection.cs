using ChipChain.Model;

namespace ChipChain.Rendering.Views;

/// <summary>What a view keeps of the whole graph, in graph indices: nodes, the parts of the arrows between them, and the nodes drawn small.</summary>
internal sealed class ViewSelection
{
    public ViewSelection(bool[] keep, bool[] small, IReadOnlyList<EdgePart> parts)
    {
        Keep = keep;
        Small = small;
        Parts = parts;
    }

    public bool[] Keep { get; }

    public bool[] Small { get; }

    public IReadOnlyList<EdgePart> Parts { get; }

    /// <summary>The full view: every node, every link as it is.</summary>
    public static ViewSelection Everything(SupplyGraph graph)
    {
        var keep = new bool[graph.NodeCount];
        Array.Fill(keep, true);
        var parts = new EdgePart[graph.LinkCount];
        for (var l = 0; l < parts.Length; l++)
        {
            parts[l] = new EdgePart(graph.SupplierIndex(l), graph.ConsumerIndex(l), l, -1);
        }

        return new ViewSelection(keep, new bool[graph.NodeCount], parts);
    }

    /// <summary>Structure: a node that cannot fail on its own (a market, an input category, a process step), as the analyses define it.</summary>
    public static bool IsStructure(Node node) => !node.IsFailureCandidate;
}
