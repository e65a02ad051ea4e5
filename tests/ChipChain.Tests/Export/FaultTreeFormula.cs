using System.Xml.Linq;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Export;

/// <summary>
/// The boolean formula of an exported Open-PSA document, read back from the XML alone (no ChipChain code): gates by
/// name, basic events mapped to node ids through their "node" attribute, evaluated by plain recursion.
/// </summary>
internal sealed class FaultTreeFormula
{
    private readonly Dictionary<string, XElement> _gates;

    private FaultTreeFormula(XDocument document)
    {
        var tree = document.Root!.Element("define-fault-tree")!;
        _gates = tree.Elements("define-gate").ToDictionary(g => g.Attribute("name")!.Value, g => g.Elements().Single(e => e.Name != "label"));
        NodeOfEvent = document.Root!.Element("model-data")!.Elements("define-basic-event").ToDictionary(
            e => e.Attribute("name")!.Value,
            e => e.Element("attributes")!.Elements("attribute").Single(a => a.Attribute("name")!.Value == "node").Attribute("value")!.Value);
        var referenced = tree.Descendants("gate").Select(g => g.Attribute("name")!.Value).ToHashSet();
        TopGates = [.. _gates.Keys.Where(g => !referenced.Contains(g))];
        Probabilities = document.Root!.Element("model-data")!.Elements("define-basic-event")
            .Where(e => e.Element("float") is not null)
            .ToDictionary(e => e.Attribute("name")!.Value, e => double.Parse(e.Element("float")!.Attribute("value")!.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Basic-event name → node id.</summary>
    public Dictionary<string, string> NodeOfEvent { get; }

    /// <summary>Gates no other gate uses (a fault tree has one).</summary>
    public string[] TopGates { get; }

    /// <summary>Basic-event name → probability, for events that carry one.</summary>
    public Dictionary<string, double> Probabilities { get; }

    public IEnumerable<string> GateNames => _gates.Keys;

    public static FaultTreeFormula Parse(string xml) => new(XDocument.Parse(xml));

    /// <summary>Whether the top event occurs when exactly the nodes <paramref name="failedNodes"/> fail on their own.</summary>
    public bool TopOccurs(IReadOnlySet<string> failedNodes) => Evaluate(_gates[TopGates.Single()], failedNodes);

    /// <summary>The minimal cut sets (as node ids) of at most <paramref name="order"/> basic events, by enumeration.</summary>
    public List<string> MinimalCutSets(int order)
    {
        var nodes = NodeOfEvent.Values.Order(StringComparer.Ordinal).ToArray();
        var cuts = new List<int[]>();
        foreach (var set in Subsets.BySizeThenLex([.. Enumerable.Range(0, nodes.Length)], order))
        {
            if (!cuts.Any(c => c.All(set.Contains)) && TopOccurs(set.Select(i => nodes[i]).ToHashSet()))
            {
                cuts.Add(set);
            }
        }

        return [.. cuts.Select(c => string.Join("+", c.Select(i => nodes[i]).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];
    }

    private bool Evaluate(XElement formula, IReadOnlySet<string> failed) => formula.Name.LocalName switch
    {
        "and" => formula.Elements().All(e => Evaluate(e, failed)),
        "or" => formula.Elements().Any(e => Evaluate(e, failed)),
        "gate" => Evaluate(_gates[formula.Attribute("name")!.Value], failed),
        "basic-event" => failed.Contains(NodeOfEvent[formula.Attribute("name")!.Value]),
        "constant" => formula.Attribute("value")!.Value == "true",
        _ => throw new InvalidOperationException("unexpected element " + formula.Name),
    };
}
