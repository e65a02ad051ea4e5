using ChipChain.Model;
using ChipChain.Rendering.Highlighting;

namespace ChipChain.Rendering.Styling;

/// <summary>
/// The colours every writer uses, so SVG, DOT and Mermaid look alike: node fills by kind (fixed palette) or by
/// country, red for single points of failure, orange for order-2 cut-set members, a bold border for the target.
/// The kind and country palettes avoid red and orange so highlights stand out.
/// </summary>
internal sealed class DiagramStyle
{
    public const string SpofFill = "#e53935";
    public const string SpofStroke = "#8e0000";
    public const string CutFill = "#fb8c00";
    public const string CutStroke = "#a84300";
    public const string LinkColor = "#8c8c8c";
    public const string SpofLinkColor = "#d84343";
    public const string CutLinkColor = "#ef6c00";
    private const string Border = "#555555";
    private const string UnknownFill = "#ffffff";

    private static readonly Dictionary<string, string> KindFills = new(StringComparer.Ordinal)
    {
        [NodeKinds.Designer] = "#cde5f7",
        [NodeKinds.Foundry] = "#b9b0dc",
        [NodeKinds.Idm] = "#d4b5dd",
        [NodeKinds.Osat] = "#8fd1c6",
        [NodeKinds.Memory] = "#bfe39a",
        [NodeKinds.Equipment] = "#8ebde6",
        [NodeKinds.Materials] = "#e0f0d9",
        [NodeKinds.Eda] = "#f3bfdd",
        [NodeKinds.Ip] = "#f9e1ee",
        [NodeKinds.Product] = "#fde68a",
        [NodeKinds.Process] = "#dcdcec",
        [NodeKinds.Input] = "#e3e3e3",
        [NodeKinds.Other] = "#f4f4f4",
    };

    private static readonly string[] CountryFills =
        ["#8dd3c7", "#ffffb3", "#bebada", "#80b1d3", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f", "#a6cee3", "#e5c494"];

    private readonly Dictionary<string, string> _countryFills = new(StringComparer.Ordinal);

    public DiagramStyle(DiagramGraph graph, DiagramOptions options)
    {
        Options = options;
        Highlights = options.Highlights;
        var countries = graph.Nodes.Select(n => n.Country).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < countries.Count; i++)
        {
            _countryFills[countries[i]] = CountryFills[i % CountryFills.Length];
        }

        // Only fills some box still shows: a kind whose every node is painted red or orange is not in the legend.
        var visible = graph.Nodes.Where(n => Highlights.RoleOf(n.Id) is NodeHighlight.None or NodeHighlight.Target).ToList();
        countries = visible.Select(n => n.Country).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var legend = new List<(string, string)>();
        if (options.ColorBy == ColorScheme.Kind)
        {
            var kinds = visible.Select(n => n.Kind ?? NodeKinds.Other).Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
            legend.AddRange(NodeKinds.All.Where(kinds.Contains).Select(k => (k, KindFills[k])));
            legend.AddRange(kinds.Where(k => !NodeKinds.IsKnown(k)).Order(StringComparer.Ordinal).Select(k => (k, UnknownFill)));
        }
        else
        {
            legend.AddRange(countries.Select(c => (c, _countryFills[c])));
            if (visible.Any(n => n.Country is null))
            {
                legend.Add(("no country", UnknownFill));
            }
        }

        Legend = legend;
    }

    public DiagramOptions Options { get; }

    public DiagramHighlights Highlights { get; }

    /// <summary>The colour legend: label and fill, in display order.</summary>
    public IReadOnlyList<(string Label, string Fill)> Legend { get; }

    /// <summary>What the fills of <see cref="Legend"/> stand for, said before them: "kind" or "country", and that highlights paint over them.</summary>
    public string LegendHeading => (Options.ColorBy == ColorScheme.Kind ? "fill: kind" : "fill: country")
        + (Highlights.Mode == HighlightMode.None ? ":" : " (unless highlighted):");

    /// <summary>The highlight legend entries that apply: label, fill and stroke.</summary>
    public IReadOnlyList<(string Label, string Fill, string Stroke)> HighlightLegend =>
        Highlights.Mode switch
        {
            HighlightMode.None => [],
            HighlightMode.Spof => [($"single point of failure of {Highlights.Target}", SpofFill, SpofStroke)],
            _ => [($"single point of failure of {Highlights.Target}", SpofFill, SpofStroke), ($"in an order-2 cut set of {Highlights.Target}", CutFill, CutStroke)],
        };

    public NodeStyle For(Node node)
    {
        var role = Highlights.RoleOf(node.Id);
        return role switch
        {
            NodeHighlight.SinglePointOfFailure => new NodeStyle(SpofFill, SpofStroke, 2, "#ffffff", "spof"),
            NodeHighlight.CutSetMember => new NodeStyle(CutFill, CutStroke, 2, "#000000", "cutset"),
            NodeHighlight.Target => new NodeStyle(BaseFill(node), "#000000", 3, "#000000", "target"),
            _ => new NodeStyle(BaseFill(node), Border, 1, "#000000", BaseClass(node)),
        };
    }

    /// <summary>The colour of an edge: the strongest failure any of its links carries.</summary>
    public (string Color, double Width, NodeHighlight Role) For(DiagramEdge edge)
    {
        var role = NodeHighlight.None;
        foreach (var l in edge.LinkIndices)
        {
            var r = Highlights.LinkRole(l);
            role = r == NodeHighlight.SinglePointOfFailure || role == NodeHighlight.SinglePointOfFailure ? NodeHighlight.SinglePointOfFailure : r == NodeHighlight.CutSetMember ? r : role;
        }

        return role switch
        {
            NodeHighlight.SinglePointOfFailure => (SpofLinkColor, 1.6, role),
            NodeHighlight.CutSetMember => (CutLinkColor, 1.6, role),
            _ => (LinkColor, 1, role),
        };
    }

    private string BaseFill(Node node) => Options.ColorBy == ColorScheme.Kind
        ? KindFills.GetValueOrDefault(node.Kind ?? NodeKinds.Other, UnknownFill)
        : node.Country is { } c ? _countryFills[c] : UnknownFill;

    private string BaseClass(Node node) => Options.ColorBy == ColorScheme.Kind
        ? "kind_" + Identifiers.Safe(node.Kind ?? NodeKinds.Other)
        : "country_" + Identifiers.Safe(node.Country ?? "none");
}
