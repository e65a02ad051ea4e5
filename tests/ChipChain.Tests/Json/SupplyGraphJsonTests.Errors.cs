using System.Text;
using ChipChain.Json;
using ChipChain.Validation;

namespace ChipChain.Tests.Json;

public sealed partial class SupplyGraphJsonTests
{
    private static string Doc(string nodes, string links) =>
        "{\n\"format\": \"chipchain/1\",\n\"nodes\": [\n" + nodes + "\n],\n\"links\": [\n" + links + "\n]\n}";

    [Fact]
    public void Read_syntax_error_reports_line_and_column()
    {
        var errors = Errors("{\n  \"format\": \"chipchain/1\",\n  \"nodes\": [ { \"id\": \"a\" ]\n}").ToList();
        errors.Should().ContainSingle().Which.Should().StartWith("test.json:3:").And.Contain("malformed JSON");
    }

    [Fact]
    public void Read_empty_file_is_one_clear_error()
    {
        Errors(string.Empty).Should().ContainSingle().Which.Should().Contain("the file is empty");
    }

    [Fact]
    public void Read_top_level_array_is_an_error()
    {
        Errors("[]").Should().ContainSingle().Which.Should().Contain("expected a chipchain/1 JSON object");
    }

    [Theory]
    [InlineData("format")]
    [InlineData("nodes")]
    [InlineData("links")]
    public void Read_missing_required_property_is_an_error(string missing)
    {
        var parts = new Dictionary<string, string> { ["format"] = "\"chipchain/1\"", ["nodes"] = "[]", ["links"] = "[]" };
        parts.Remove(missing);
        var json = "{" + string.Join(",", parts.Select(p => $"\"{p.Key}\": {p.Value}")) + "}";
        Errors(json).Should().ContainSingle().Which.Should().Contain($"missing required property \"{missing}\"");
    }

    [Fact]
    public void Read_wrong_format_is_an_error()
    {
        Errors("{\"format\": \"chipchain/9\", \"nodes\": [], \"links\": []}").Should().ContainSingle().Which.Should().Contain("unsupported format");
    }

    [Fact]
    public void Read_unknown_supplier_names_id_path_and_points_at_the_value()
    {
        var error = Errors(Doc("{ \"id\": \"a\" }", "{ \"supplier\": \"ghost\", \"consumer\": \"a\" }")).Single();
        error.Should().Be("test.json:7:15: error: unknown supplier 'ghost': no node has this id (at $.links[0].supplier)");
    }

    [Fact]
    public void Read_duplicate_id_names_the_first_definition_and_points_at_the_id()
    {
        var error = Errors(Doc("{ \"id\": \"a\" },\n{ \"id\": \"a\" }", string.Empty)).Single();
        error.Should().Be("test.json:5:9: error: duplicate node id 'a' (first defined at line 4) (at $.nodes[1].id)");
    }

    [Fact]
    public void Read_share_above_one_is_an_error_at_the_value()
    {
        var error = Errors(Doc("{ \"id\": \"a\" },\n{ \"id\": \"b\" }", "{ \"supplier\": \"a\", \"consumer\": \"b\", \"share\": 1.5 }")).Single();
        error.Should().Be("test.json:8:46: error: share must be between 0 and 1, found 1.5 (at $.links[0].share)");
    }

    [Fact]
    public void Read_self_link_is_an_error()
    {
        Errors(Doc("{ \"id\": \"a\" }", "{ \"supplier\": \"a\", \"consumer\": \"a\" }")).Single().Should().Contain("self-link: node 'a'");
    }

    [Fact]
    public void Read_bad_requires_is_an_error()
    {
        Errors(Doc("{ \"id\": \"a\", \"requires\": \"most\" }", string.Empty)).Single().Should().Contain("requires must be \"all\" or \"any\", found \"most\"");
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("-0.5")]
    [InlineData("\"high\"")]
    public void Read_bad_failure_probability_is_an_error(string value)
    {
        Errors(Doc($"{{ \"id\": \"a\", \"failureProbability\": {value} }}", string.Empty)).Single().Should().Contain("failureProbability");
    }

    [Fact]
    public void Read_node_without_id_is_an_error()
    {
        Errors(Doc("{ \"name\": \"nameless\" }", string.Empty)).Single().Should().Contain("node has no id");
    }

    [Fact]
    public void Read_reports_every_problem_not_just_the_first()
    {
        var nodes = "{ \"id\": \"a\", \"requires\": \"x\" },\n{ \"id\": \"a\" },\n{ \"id\": \"b\", \"failureProbability\": 3 }";
        var links = "{ \"supplier\": \"a\", \"consumer\": \"zz\" },\n{ \"supplier\": \"a\", \"consumer\": \"b\", \"share\": 2 },\n{ \"supplier\": \"b\", \"consumer\": \"b\" }";
        Errors(Doc(nodes, links)).Should().HaveCount(6);
    }

    [Fact]
    public void Read_wrong_value_types_are_reported_and_skipped()
    {
        var errors = Errors(Doc("{ \"id\": \"a\", \"name\": { \"x\": 1 }, \"tags\": \"t\" }", string.Empty)).ToList();
        errors.Should().HaveCount(2);
        errors[0].Should().Contain("expected a string, found an object").And.Contain("$.nodes[0].name");
        errors[1].Should().Contain("expected an array of strings").And.Contain("$.nodes[0].tags");
    }

    [Fact]
    public void Read_unknown_supplier_with_a_typo_suggests_the_id()
    {
        Errors(Doc("""{ "id": "euv-maker" }, { "id": "fab" }""", """{ "supplier": "euv-makr", "consumer": "fab" }""")).Should().ContainSingle()
            .Which.Should().Contain("unknown supplier 'euv-makr': no node has this id; did you mean 'euv-maker'?");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_unknown_consumer_after_other_properties_points_at_the_consumer_value(bool fastPath)
    {
        // The consumer comes last on a line of its own, so its column differs from the supplier's and the brace's.
        var json = Doc("{ \"id\": \"euv-maker\" }", "{ \"item\": \"euv\", \"supplier\": \"euv-maker\",\n    \"consumer\": \"fabb\" }");

        var error = ErrorsWith(json, fastPath).Single();

        error.Should().StartWith("test.json:8:17: error: unknown consumer 'fabb'").And.EndWith("(at $.links[0].consumer)");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_duplicate_id_after_other_properties_points_at_the_id_value(bool fastPath)
    {
        // An ordinary node (the fast path takes it) and one with tags (the token-by-token path takes it).
        var json = Doc("{ \"id\": \"a\" },\n{ \"name\": \"A\", \"id\": \"a\" },\n{ \"tags\": [\"t\"],   \"id\": \"a\" }", string.Empty);

        var errors = ErrorsWith(json, fastPath).ToList();

        errors.Should().Equal(
            "test.json:5:22: error: duplicate node id 'a' (first defined at line 4) (at $.nodes[1].id)",
            "test.json:6:26: error: duplicate node id 'a' (first defined at line 4) (at $.nodes[2].id)");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_links_before_nodes_unknown_end_points_at_its_value(bool fastPath)
    {
        // Links first: every end is unknown when read, resolved or reported only after the nodes.
        var json = "{\n\"format\": \"chipchain/1\",\n\"links\": [\n{ \"supplier\": \"a\", \"consumer\": \"ghost\" }\n],\n\"nodes\": [ { \"id\": \"a\" } ]\n}";

        var error = ErrorsWith(json, fastPath).Single();

        error.Should().Be("test.json:4:32: error: unknown consumer 'ghost': no node has this id (at $.links[0].consumer)");
    }

    private static IEnumerable<string> ErrorsWith(string json, bool fastPath) =>
        SupplyGraphJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json", includeWarnings: false, fastPath)
            .Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Format("test.json"));
}
