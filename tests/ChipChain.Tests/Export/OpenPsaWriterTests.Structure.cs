using System.Xml.Linq;
using ChipChain.Export;
using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Export;

/// <summary>Structure nodes (not failure candidates: markets, process steps) are gates only, never basic events.</summary>
public sealed partial class OpenPsaWriterTests
{
    [Fact]
    public void ToXml_market_node_is_a_gate_over_its_suppliers_without_a_basic_event()
    {
        // t needs the market m, which a or b supplies.
        var graph = new GraphSketch().Node("m", any: true, kind: NodeKinds.Input).Link("a", "m", "m").Link("b", "m", "m").Link("m", "t", "m").Build();

        var xml = OpenPsaWriter.ToXml(graph, "t");
        var gates = XDocument.Parse(xml).Descendants("define-gate").ToDictionary(g => g.Attribute("name")!.Value);
        var formula = FaultTreeFormula.Parse(xml);

        formula.NodeOfEvent.Values.Should().BeEquivalentTo("a", "b", "t");
        gates["m_unavailable"].Elements().Where(e => e.Name != "label").Select(e => e.Name.LocalName + ":" + e.Attribute("name")!.Value).Should().Equal("gate:m_item1");
        gates["m_unavailable"].Element("label")!.Value.Should().Be("m unavailable; cannot fail on its own");
        Arguments(gates["t_unavailable"], "or").Should().Equal("basic-event:t", "gate:m_unavailable");
        formula.MinimalCutSets(3).Should().Equal("a+b", "t");
    }

    [Fact]
    public void ToXml_process_step_ands_its_inputs_and_stated_canFail_overrides_the_kind()
    {
        // The process p needs x and y; x is a market that says it can fail, y a firm that says it cannot.
        var builder = new SupplyGraphBuilder();
        builder.AddNode(new Node("p") { Kind = NodeKinds.Process });
        builder.AddNode(new Node("x") { Kind = NodeKinds.Input, CanFail = true });
        builder.AddNode(new Node("y") { Kind = NodeKinds.Equipment, CanFail = false });
        builder.AddNode(new Node("z"));
        builder.AddLink(new Link("x", "p") { Item = "x" });
        builder.AddLink(new Link("y", "p") { Item = "y" });
        builder.AddLink(new Link("z", "y") { Item = "z" });
        var graph = builder.Build();

        var formula = FaultTreeFormula.Parse(OpenPsaWriter.ToXml(graph, "p"));

        formula.NodeOfEvent.Values.Should().BeEquivalentTo("x", "z");
        formula.MinimalCutSets(3).Should().Equal("x", "z");
    }

    [Fact]
    public void ToXml_structure_source_never_fails_so_the_item_it_supplies_drops_out()
    {
        // t needs w from the market m (no suppliers: it cannot be lost) or from a, and v from c.
        var graph = new GraphSketch().Node("m", any: true, kind: NodeKinds.Input).Link("m", "t", "w").Link("a", "t", "w").Link("c", "t", "v").Build();

        var xml = OpenPsaWriter.ToXml(graph, "t");
        var formula = FaultTreeFormula.Parse(xml);

        formula.NodeOfEvent.Values.Should().BeEquivalentTo("c", "t");
        xml.Should().NotContain("m_unavailable").And.NotContain("\"a\"");
        formula.MinimalCutSets(3).Should().Equal("c", "t");
    }

    [Fact]
    public void ToXml_structure_target_that_can_never_be_unavailable_is_the_constant_false()
    {
        var graph = new GraphSketch().Node("m", any: true, kind: NodeKinds.Input).Link("m", "t").Build();

        var xml = OpenPsaWriter.ToXml(graph, "m");
        var gate = XDocument.Parse(xml).Descendants("define-gate").Single();

        gate.Attribute("name")!.Value.Should().Be("m_unavailable");
        gate.Element("constant")!.Attribute("value")!.Value.Should().Be("false");
        XDocument.Parse(xml).Descendants("define-basic-event").Should().BeEmpty();
        FaultTreeFormula.Parse(xml).MinimalCutSets(3).Should().BeEmpty();
    }

    [Fact]
    public void ToXml_sample_h100_has_no_basic_event_for_a_market()
    {
        var graph = SampleGraphs.AiAccelerators;

        var formula = FaultTreeFormula.Parse(OpenPsaWriter.ToXml(graph, "nvidia-h100"));

        formula.NodeOfEvent.Values.Should().NotContain("euv-tools").And.Contain("asml");
        formula.TopOccurs(new HashSet<string> { "asml" }).Should().BeTrue("ASML alone supplies EUV tools");
        formula.MinimalCutSets(1).Should().Equal(CandidateCutSets.BruteForce(graph, "nvidia-h100", 1));
    }
}
