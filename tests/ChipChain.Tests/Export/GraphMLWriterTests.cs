using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using ChipChain.Export;
using ChipChain.Json;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Export;

public sealed class GraphMLWriterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public void ToXml_every_field_round_trips_through_its_key()
    {
        const string json = """
            {
              "format": "chipchain/1", "name": "G & co", "description": "d",
              "sources": [ { "id": "s1", "title": "T", "url": "https://example.org" } ],
              "nodes": [
                { "id": "a", "name": "A <1>", "kind": "foundry", "country": "TW", "requires": "any", "capacity": 2.5, "unit": "wpm",
                  "failureProbability": 0.125, "recoveryWeeks": 14, "tags": ["x", "y"], "attributes": { "b": 1, "a": { "d": 2, "c": [3, "q"] } }, "zz": true },
                { "id": "t" }
              ],
              "links": [ { "supplier": "a", "consumer": "t", "item": "chips", "share": 0.4, "capacity": 7, "inventoryWeeks": 8, "note": "n", "source": "s1", "extra": "e" } ]
            }
            """;
        var graph = SupplyGraphJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "test.json", includeWarnings: false).Graph!;

        var document = XDocument.Parse(GraphMLWriter.ToXml(graph));

        var a = Data(document, "node", "a");
        a.Should().Equal(new Dictionary<string, string>
        {
            ["name"] = "A <1>", ["kind"] = "foundry", ["country"] = "TW", ["requires"] = "any", ["capacity"] = "2.5", ["unit"] = "wpm",
            ["failureProbability"] = "0.125", ["recoveryWeeks"] = "14", ["tags"] = """["x","y"]""", ["attributes"] = """{"a":{"c":[3,"q"],"d":2},"b":1}""", ["properties"] = """{"zz":true}""",
        });
        Data(document, "node", "t").Should().Equal(new Dictionary<string, string> { ["requires"] = "all" });
        Data(document, "edge", "e0").Should().Equal(new Dictionary<string, string>
        {
            ["item"] = "chips", ["share"] = "0.4", ["capacity"] = "7", ["inventoryWeeks"] = "8", ["note"] = "n", ["source"] = "s1", ["properties"] = """{"extra":"e"}""",
        });
        var g = Data(document, "graph", "G");
        g["name"].Should().Be("G & co");
        g["sources"].Should().Be("""[{"id":"s1","title":"T","url":"https://example.org"}]""");
        var edge = document.Descendants(G + "edge").Single();
        (edge.Attribute("source")!.Value, edge.Attribute("target")!.Value).Should().Be(("a", "t"));
    }

    [Fact]
    public void ToXml_declares_typed_keys_once_for_each_field()
    {
        var document = XDocument.Parse(GraphMLWriter.ToXml(SampleGraphs.Minimal));

        var keys = document.Root!.Elements(G + "key").Select(k => $"{k.Attribute("for")!.Value}.{k.Attribute("attr.name")!.Value}:{k.Attribute("attr.type")!.Value}").ToList();

        keys.Should().Contain(["node.name:string", "node.failureProbability:double", "node.recoveryWeeks:int", "node.tags:string", "edge.inventoryWeeks:int", "node.attributes:string", "edge.item:string", "edge.share:double", "edge.note:string"]);
        keys.Should().OnlyHaveUniqueItems();
        document.Root!.Element(G + "graph")!.Attribute("edgedefault")!.Value.Should().Be("directed");
    }

    [Fact]
    public void ToXml_sample_has_every_node_and_link_and_is_byte_identical_across_runs()
    {
        var graph = SampleGraphs.AiAccelerators;

        var xml = GraphMLWriter.ToXml(graph);
        var document = XDocument.Parse(xml);

        document.Descendants(G + "node").Select(n => n.Attribute("id")!.Value).Should().Equal(graph.Nodes.Select(n => n.Id));
        document.Descendants(G + "edge").Should().HaveCount(graph.Links.Count);
        Data(document, "node", "nvidia-h100")["tags"].Should().Be("""["ai-accelerator","tsmc-4n"]""");
        GraphMLWriter.ToXml(graph).Should().Be(xml);
        xml.Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n").And.EndWith("</graphml>\n");
    }

    [Fact]
    public void ToXml_characters_xml_cannot_carry_become_replacement_characters()
    {
        var builder = new SupplyGraphBuilder();
        builder.AddNode(new Node("a\u0001b") { Name = "bell\u0007 & <tag>" });
        var graph = builder.Build();

        var document = XDocument.Parse(GraphMLWriter.ToXml(graph));

        document.Descendants(G + "node").Single().Attribute("id")!.Value.Should().Be("a\uFFFDb");
        Data(document, "node", "a\uFFFDb")["name"].Should().Be("bell\uFFFD & <tag>");
    }

    [Fact]
    public void ToXml_random_graphs_links_and_names_read_back_equal()
    {
        RandomGraphs.Graphs(10).Sample(graph =>
        {
            var document = XDocument.Parse(GraphMLWriter.ToXml(graph));

            var edges = document.Descendants(G + "edge").Select(e =>
            {
                var data = DataOf(document, e);
                return $"{e.Attribute("source")!.Value}>{e.Attribute("target")!.Value}:{data.GetValueOrDefault("item")}:{data.GetValueOrDefault("share")}";
            });
            edges.Should().Equal(graph.Links.Select(l => $"{l.Supplier}>{l.Consumer}:{l.Item}:{l.Share?.ToString("R", CultureInfo.InvariantCulture)}"));
            var names = document.Descendants(G + "node").Select(n => DataOf(document, n).GetValueOrDefault("name"));
            names.Should().Equal(graph.Nodes.Select(n => n.Name));
        }, iter: 300, print: RandomGraphs.Describe);
    }

    private static Dictionary<string, string> Data(XDocument document, string element, string id) =>
        DataOf(document, document.Descendants(G + element).Single(e => e.Attribute("id")!.Value == id));

    /// <summary>An element's data by attribute name, through the key declarations.</summary>
    private static Dictionary<string, string> DataOf(XDocument document, XElement element)
    {
        var names = document.Root!.Elements(G + "key").ToDictionary(k => k.Attribute("id")!.Value, k => k.Attribute("attr.name")!.Value);
        return element.Elements(G + "data").ToDictionary(d => names[d.Attribute("key")!.Value], d => d.Value);
    }
}
