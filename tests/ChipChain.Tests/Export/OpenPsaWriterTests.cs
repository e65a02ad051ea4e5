using System.Xml.Linq;
using ChipChain.Analysis;
using ChipChain.Export;
using ChipChain.IO;
using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Export;

public sealed partial class OpenPsaWriterTests
{
    [Fact]
    public void ToXml_alternatives_and_items_give_or_of_own_event_and_and_per_item()
    {
        // t needs x from a or b, and y from c alone.
        var graph = new GraphSketch().Link("a", "t", "x").Link("b", "t", "x").Link("c", "t", "y").Build();

        var document = XDocument.Parse(OpenPsaWriter.ToXml(graph, "t"));

        var gates = document.Descendants("define-gate").ToDictionary(g => g.Attribute("name")!.Value);
        gates.Keys.Should().Equal("t_unavailable", "t_item1");
        Arguments(gates["t_unavailable"], "or").Should().Equal("basic-event:t", "gate:t_item1", "basic-event:c");
        Arguments(gates["t_item1"], "and").Should().Equal("basic-event:a", "basic-event:b");
        gates["t_item1"].Element("label")!.Value.Should().Be("t lacks 'x': every supplier unavailable");
        FaultTreeFormula.Parse(document.ToString()).MinimalCutSets(3).Should().Equal("a+b", "c", "t");
    }

    [Fact]
    public void ToXml_shared_supplier_outside_cycles_gets_one_gate_used_twice()
    {
        // d feeds both a and b, which t needs: d's gate is defined once and referenced from both.
        var graph = new GraphSketch().Link("s", "d").Link("d", "a").Link("d", "b").Link("a", "t").Link("b", "t").Build();

        var xml = OpenPsaWriter.ToXml(graph, "t");
        var document = XDocument.Parse(xml);

        document.Descendants("define-gate").Count(g => g.Attribute("name")!.Value == "d_unavailable").Should().Be(1);
        document.Descendants("gate").Count(g => g.Attribute("name")!.Value == "d_unavailable").Should().Be(2);
        FaultTreeFormula.Parse(xml).MinimalCutSets(2).Should().Equal("a", "b", "d", "s", "t");
    }

    [Fact]
    public void ToXml_cycle_cuts_the_revisit_so_the_supplier_outside_the_cycle_is_no_cut_set()
    {
        // a needs x from s or b; b needs a; t needs b. In the cascade {s} stops nothing (b still supplies a), and
        // a and b cannot keep each other down: the tree drops a's item x below b, where b is already on the path.
        var graph = new GraphSketch().Link("s", "a", "x").Link("b", "a", "x").Link("a", "b", "z").Link("b", "t", "w").Build();

        var xml = OpenPsaWriter.ToXml(graph, "t");
        var formula = FaultTreeFormula.Parse(xml);

        formula.MinimalCutSets(3).Should().Equal("a", "b", "t");
        formula.NodeOfEvent.Values.Should().NotContain("s");
        XDocument.Parse(xml).Descendants("define-gate").Select(g => g.Attribute("name")!.Value).Should().Equal("t_unavailable", "b_unavailable");
    }

    [Fact]
    public void ToXml_cycle_reached_from_two_sides_gets_path_dependent_copies_labelled_with_what_they_exclude()
    {
        // a and b supply each other (each also has its own source); t needs both.
        var graph = new GraphSketch()
            .Link("sa", "a", "own").Link("b", "a", "peer")
            .Link("sb", "b", "own").Link("a", "b", "peer")
            .Link("a", "t", "p").Link("b", "t", "q")
            .Build();

        var xml = OpenPsaWriter.ToXml(graph, "t");
        var labels = XDocument.Parse(xml).Descendants("define-gate").ToDictionary(g => g.Attribute("name")!.Value, g => g.Element("label")!.Value);

        labels.Keys.Should().Contain(["a_unavailable", "a_unavailable_v2", "b_unavailable", "b_unavailable_v2"]);
        labels.Values.Should().Contain("a unavailable, not counting supply through b (already on the path)")
            .And.Contain("b unavailable, not counting supply through a (already on the path)");
        FaultTreeFormula.Parse(xml).MinimalCutSets(3).Should()
            .Equal(MinimalCutSets.Compute(graph, "t", 3).CutSets.Select(s => string.Join("+", s)).Append("t").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ToXml_source_target_is_a_gate_over_its_own_event()
    {
        var graph = new GraphSketch().Nodes("lonely").Link("lonely", "other").Build();

        var formula = FaultTreeFormula.Parse(OpenPsaWriter.ToXml(graph, "lonely"));

        formula.TopGates.Should().Equal("lonely_unavailable");
        formula.MinimalCutSets(2).Should().Equal("lonely");
    }

    [Fact]
    public void ToXml_probabilities_stated_default_and_omitted()
    {
        var builder = new SupplyGraphBuilder();
        builder.AddNode(new Node("a") { FailureProbability = 0.2 });
        builder.AddNode(new Node("t"));
        builder.AddLink(new Link("a", "t"));
        var graph = builder.Build();

        var standard = FaultTreeFormula.Parse(OpenPsaWriter.ToXml(graph, "t"));
        var custom = FaultTreeFormula.Parse(SupplyGraphFile.ToOpenPsa(graph, "t", defaultProbability: 0.05));
        var none = FaultTreeFormula.Parse(SupplyGraphFile.ToOpenPsa(graph, "t", includeProbabilities: false));

        standard.Probabilities.Should().Equal(new Dictionary<string, double> { ["a"] = 0.2, ["t"] = 0.01 });
        custom.Probabilities.Should().Equal(new Dictionary<string, double> { ["a"] = 0.2, ["t"] = 0.05 });
        none.Probabilities.Should().BeEmpty();
        none.NodeOfEvent.Keys.Should().BeEquivalentTo("a", "t");
    }

    [Fact]
    public void ToXml_ids_needing_escapes_map_back_through_the_node_attribute()
    {
        var graph = new GraphSketch().Link("3M Co.", "t<&>", "film").Link("a_b", "t<&>", "film").Build();

        var formula = FaultTreeFormula.Parse(OpenPsaWriter.ToXml(graph, "t<&>"));

        formula.NodeOfEvent.Should().Equal(new Dictionary<string, string>
        {
            ["_x0033_M_x0020_Co_x002E_"] = "3M Co.",
            ["a__b"] = "a_b",
            ["t_x003C__x0026__x003E_"] = "t<&>",
        });
        formula.MinimalCutSets(2).Should().Equal("3M Co.+a_b", "t<&>");
    }

    [Fact]
    public void ToXml_sample_h100_matches_cut_sets_and_is_byte_identical_across_runs()
    {
        var graph = SampleGraphs.AiAccelerators;

        var xml = OpenPsaWriter.ToXml(graph, "nvidia-h100");
        var formula = FaultTreeFormula.Parse(xml);

        formula.TopGates.Should().Equal("nvidia-h100_unavailable");
        formula.TopOccurs(new HashSet<string> { "hoya", "agc" }).Should().BeTrue();
        formula.TopOccurs(new HashSet<string> { "nikon" }).Should().BeFalse();
        formula.TopOccurs(new HashSet<string> { "asml" }).Should().BeTrue();
        OpenPsaWriter.ToXml(graph, "nvidia-h100").Should().Be(xml);
        xml.Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<opsa-mef>\n").And.EndWith("</opsa-mef>\n");
    }

    [Fact]
    public void ToXml_unknown_target_throws()
    {
        var act = () => OpenPsaWriter.ToXml(SampleGraphs.Minimal, "no-such-node");

        act.Should().Throw<UnknownNodeException>();
    }

    [Fact]
    public void Options_default_probability_outside_zero_to_one_throws()
    {
        var act = () => new OpenPsaOptions { DefaultProbability = 1.5 };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ToXml_default_probability_argument_outside_zero_to_one_throws()
    {
        var act = () => SupplyGraphFile.ToOpenPsa(SampleGraphs.Minimal, "widget-chip", defaultProbability: -0.1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static IEnumerable<string> Arguments(XElement gate, string connective) =>
        gate.Element(connective)!.Elements().Select(e => e.Name.LocalName + ":" + e.Attribute("name")!.Value);
}
