using ChipChain.Json;
using ChipChain.Model;
using ChipChain.Tests.Support;
using ChipChain.Validation;

namespace ChipChain.Tests.Json;

public sealed partial class SupplyGraphJsonTests
{
    private const string Minimal = """
        {
          "format": "chipchain/1",
          "name": "tiny",
          "nodes": [
            { "id": "asml", "name": "ASML", "kind": "equipment", "country": "NL", "capacity": 60, "unit": "tools/yr", "failureProbability": 0.01, "tags": ["litho"], "attributes": { "founded": 1984 } },
            { "id": "euv", "kind": "input", "requires": "any" },
            { "id": "tsmc", "kind": "foundry", "country": "TW" }
          ],
          "links": [
            { "supplier": "asml", "consumer": "euv", "share": 1.0 },
            { "supplier": "euv", "consumer": "tsmc", "item": "euv-lithography", "capacity": 50, "note": "sole", "source": "s1" }
          ]
        }
        """;

    private static GraphReadResult Read(string json, bool warnings = false)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return SupplyGraphJson.Read(stream, "test.json", warnings);
    }

    private static IEnumerable<string> Errors(string json) =>
        Read(json).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Format("test.json"));

    [Fact]
    public void Read_valid_document_loads_every_field()
    {
        var graph = Read(Minimal).Graph!;
        var asml = graph.GetNode("asml");
        asml.Name.Should().Be("ASML");
        asml.Kind.Should().Be("equipment");
        asml.Country.Should().Be("NL");
        asml.Capacity.Should().Be(60);
        asml.Unit.Should().Be("tools/yr");
        asml.FailureProbability.Should().Be(0.01);
        asml.Tags.Should().Equal("litho");
        asml.Attributes["founded"].GetInt32().Should().Be(1984);
        graph.GetNode("euv").Requires.Should().Be(Requirement.Any);
        var link = graph.Links[1];
        (link.Item, link.Capacity, link.Note, link.Source).Should().Be(("euv-lithography", 50.0, "sole", "s1"));
        graph.Name.Should().Be("tiny");
    }

    [Fact]
    public void Read_can_fail_stated_or_defaulted_by_kind()
    {
        var graph = Read(Doc("""{ "id": "a", "kind": "input", "canFail": true }, { "id": "b", "kind": "equipment", "canFail": false }, { "id": "c", "kind": "process" }, { "id": "d", "kind": "foundry" }""", string.Empty)).Graph!;

        graph.Nodes.Select(n => (n.Id, n.CanFail, n.IsFailureCandidate)).Should().Equal(
            ("a", true, true), ("b", false, false), ("c", (bool?)null, false), ("d", (bool?)null, true));
        Enumerable.Range(0, 4).Select(graph.Topology.IsCandidate).Should().Equal(true, false, false, true);
    }

    [Fact]
    public void Write_can_fail_round_trips_only_when_stated()
    {
        var graph = Read(Doc("""{ "id": "a", "kind": "input", "canFail": true }, { "id": "b" }""", string.Empty)).Graph!;

        var text = SupplyGraphJson.ToJson(graph);

        text.Should().Contain("\"canFail\":true").And.NotContain("false");
        Read(text).Graph!.GetNode("a").CanFail.Should().BeTrue();
    }

    [Fact]
    public void Read_can_fail_not_a_boolean_is_an_error_with_its_path()
    {
        Errors(Doc("""{ "id": "a", "canFail": "yes" }""", string.Empty)).Should().ContainSingle()
            .Which.Should().Contain("nodes[0].canFail").And.Contain("expected canFail as true or false, found a string");
    }

    [Fact]
    public void Read_records_positions_of_nodes_and_links()
    {
        var graph = Read(Minimal).Graph!;
        graph.GetNode("asml").Position.Should().Be(new SourcePosition(5, 5));
        graph.Links[0].Position!.Value.Line.Should().Be(10);
    }

    [Fact]
    public void Write_then_read_round_trips_unknown_properties_everywhere()
    {
        const string json = """
            { "format": "chipchain/1", "version": { "major": 3 }, "sources": [ { "id": "s", "year": 2021 } ],
              "nodes": [ { "id": "a", "hq": "Veldhoven", "extra": [1, 2.5, null, true] }, { "id": "b" } ],
              "links": [ { "supplier": "a", "consumer": "b", "confidence": "high" } ] }
            """;
        var first = Read(json).Graph!;
        var text = SupplyGraphJson.ToJson(first);
        var second = Read(text).Graph!;
        second.UnknownProperties["version"].GetProperty("major").GetInt32().Should().Be(3);
        second.Metadata.Sources[0].UnknownProperties["year"].GetInt32().Should().Be(2021);
        second.GetNode("a").UnknownProperties["hq"].GetString().Should().Be("Veldhoven");
        second.GetNode("a").UnknownProperties["extra"].GetRawText().Should().Be("[1,2.5,null,true]");
        second.Links[0].UnknownProperties["confidence"].GetString().Should().Be("high");
        SupplyGraphJson.ToJson(second).Should().Be(text);
    }

    [Fact]
    public void Write_sample_graph_round_trips_byte_identically()
    {
        var sample = SampleGraphs.AiAccelerators;
        var once = SupplyGraphJson.ToJson(sample);
        var twice = SupplyGraphJson.ToJson(Read(once).Graph!);
        twice.Should().Be(once);
        Read(once).Graph!.Links.Count.Should().Be(sample.Links.Count);
    }

    [Fact]
    public void Read_byte_order_mark_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(Minimal)).ToArray();
        using var stream = new MemoryStream(bytes);
        SupplyGraphJson.Read(stream, "bom.json").Graph.Should().NotBeNull();
    }

    [Fact]
    public void Read_large_document_across_buffer_refills_keeps_line_numbers()
    {
        var nodes = string.Join(",\n", Enumerable.Range(0, 5000).Select(i => $"  {{ \"id\": \"n{i}\", \"name\": \"{new string('x', 40)}\" }}"));
        var json = "{ \"format\": \"chipchain/1\",\n\"nodes\": [\n" + nodes + "\n],\n\"links\": [ { \"supplier\": \"n0\", \"consumer\": \"ghost\" } ] }";
        var error = Read(json).Diagnostics.Single();
        error.Position!.Value.Line.Should().Be(5004);
        error.Path.Should().Be("$.links[0].consumer");
    }

    [Fact]
    public void Save_writes_atomically_and_leaves_no_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("chipchain-test");
        try
        {
            var path = Path.Combine(folder.FullName, "out.json");
            SupplyGraphJson.Save(Read(Minimal).Graph!, path);
            SupplyGraphJson.Load(path).NodeCount.Should().Be(3);
            Directory.GetFiles(folder.FullName).Should().ContainSingle();
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
