using System.Xml;
using ChipChain.Model;

namespace ChipChain.Export;

/// <summary>
/// Writes the fault tree "target unavailable" as Open-PSA MEF 2.0 XML, so that standard fault-tree tools (SCRAM,
/// XFTA, …) can check ChipChain's answers. The top gate <c>T_unavailable</c> is the OR of T's own basic event and,
/// per item of T, the AND over the item's suppliers of "supplier unavailable", recursively; a node's basic event is
/// named by its id (see <see cref="OpenPsaNames"/>). Only failure candidates have basic events: a structure node
/// (a market, a process step) is a gate over its items alone, and one that can never be unavailable (no suppliers)
/// drops out of the tree, or makes the top gate the constant false. Cycles are unfolded as described in the remarks
/// of <see cref="FaultTreeUnfolding"/>: the tree's minimal cut sets are exactly those of the failure cascade over
/// failure candidates, the singleton {T} included when T is one (which <c>MinimalCutSets</c> leaves out).
/// </summary>
internal static class OpenPsaWriter
{
    /// <summary>Writes the fault tree of <paramref name="targetId"/> to <paramref name="stream"/> (UTF-8).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">Probability options and the gate limit (default: <see cref="OpenPsaOptions.Default"/>).</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="SupplyGraphException">No node has the id <paramref name="targetId"/>.</exception>
    /// <exception cref="Analysis.AnalysisLimitException">
    /// The tree needs more than <see cref="OpenPsaOptions.MaxGates"/> gates (dense cycles); thrown before anything is written.
    /// </exception>
    internal static void Write(SupplyGraph graph, string targetId, Stream stream, OpenPsaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targetId);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= OpenPsaOptions.Default;
        var target = graph.IndexOf(targetId);
        var tree = FaultTreeUnfolding.Of(graph, target, options.MaxGates);

        using var xml = XmlOutput.Create(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("opsa-mef");
        xml.WriteStartElement("define-fault-tree");
        xml.WriteAttributeString("name", OpenPsaNames.BasicEvent(targetId));
        Label(xml, $"{XmlOutput.Clean(targetId)} unavailable: exported by ChipChain from {XmlOutput.Clean(graph.Name ?? "a supply graph")}");
        foreach (var gate in tree.Gates)
        {
            xml.WriteStartElement("define-gate");
            xml.WriteAttributeString("name", gate.Name);
            Label(xml, XmlOutput.Clean(gate.Label));
            if (gate.Connective is { } connective)
            {
                xml.WriteStartElement(connective);
            }

            if (gate.Arguments.Count == 0)
            {
                // A target that can never be unavailable: a structure node none of whose items can be lost.
                xml.WriteStartElement("constant");
                xml.WriteAttributeString("value", "false");
                xml.WriteEndElement();
            }

            foreach (var argument in gate.Arguments)
            {
                xml.WriteStartElement(argument.IsGate ? "gate" : "basic-event");
                xml.WriteAttributeString("name", argument.Name);
                xml.WriteEndElement();
            }

            if (gate.Connective is not null)
            {
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("model-data");
        foreach (var v in tree.BasicEvents.OrderBy(i => OpenPsaNames.BasicEvent(graph[i].Id), StringComparer.Ordinal))
        {
            var node = graph[v];
            xml.WriteStartElement("define-basic-event");
            xml.WriteAttributeString("name", OpenPsaNames.BasicEvent(node.Id));
            Label(xml, $"{XmlOutput.Clean(node.DisplayName)} fails on its own");
            xml.WriteStartElement("attributes");
            Attribute(xml, "node", XmlOutput.Clean(node.Id));
            if (options.IncludeProbabilities)
            {
                Attribute(xml, "probability", node.FailureProbability is null ? "default" : "stated");
            }

            xml.WriteEndElement();
            if (options.IncludeProbabilities)
            {
                xml.WriteStartElement("float");
                xml.WriteAttributeString("value", XmlOutput.Number(node.FailureProbability ?? options.DefaultProbability));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The fault tree of <paramref name="targetId"/> as XML text.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <param name="options">Probability options and the gate limit (default: <see cref="OpenPsaOptions.Default"/>).</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="SupplyGraphException">No node has the id <paramref name="targetId"/>.</exception>
    /// <exception cref="Analysis.AnalysisLimitException">The tree needs more than <see cref="OpenPsaOptions.MaxGates"/> gates.</exception>
    internal static string ToXml(SupplyGraph graph, string targetId, OpenPsaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(targetId);
        return XmlOutput.ToText(s => Write(graph, targetId, s, options));
    }

    private static void Label(XmlWriter xml, string text)
    {
        // MEF labels are normalized strings: one line.
        xml.WriteElementString("label", text.ReplaceLineEndings(" ").Replace('\t', ' '));
    }

    private static void Attribute(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("attribute");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
