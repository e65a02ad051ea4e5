using System.Text;
using ChipChain.Json;

namespace ChipChain.Tests.Json;

/// <summary>Hostile and odd files: every error stays one short line, repeated keys and wrong encodings are reported.</summary>
public sealed partial class SupplyGraphJsonTests
{
    private const int MaxErrorLine = 300;

    private static string ManyLinks(int count) =>
        string.Join(",\n", Enumerable.Range(0, count).Select(_ => "{ \"supplier\": \"a\", \"consumer\": \"b\", \"share\": 0.5 }"));

    [Fact]
    public void Read_bad_literal_is_one_short_line_naming_the_word()
    {
        var json = Doc("{ \"id\": \"a\" },\n{ \"id\": \"b\" }", "{ \"supplier\": \"a\", \"consumer\": \"b\", \"share\": tru },\n" + ManyLinks(300));

        var error = Errors(json).Single();

        error.Should().Be("test.json:8:46: error: malformed JSON: 'tru' is not a JSON literal (expected 'true')");
    }

    [Fact]
    public void Read_bad_literal_in_a_large_file_read_whole_gives_the_same_line()
    {
        var json = Doc("{ \"id\": \"a\" },\n{ \"id\": \"b\" }", ManyLinks(100) + ",\n{ \"supplier\": \"a\", \"consumer\": \"b\", \"share\": nul }");
        var result = SupplyGraphJson.Read(Encoding.UTF8.GetBytes(json), "test.json", includeWarnings: false, chunkSize: 256);

        result.Diagnostics.Single().Format("test.json").Should().Be("test.json:108:46: error: malformed JSON: 'nul' is not a JSON literal (expected 'null')");
    }

    [Theory]
    [InlineData("supplier")]
    [InlineData("consumer")]
    public void Read_five_megabyte_unknown_end_is_one_short_line(string end)
    {
        var huge = new string('x', 5_000_000);
        var link = end == "supplier" ? $"{{ \"supplier\": \"{huge}\", \"consumer\": \"a\" }}" : $"{{ \"supplier\": \"a\", \"consumer\": \"{huge}\" }}";

        var error = Errors(Doc("{ \"id\": \"a\" }", link)).Single();

        error.Length.Should().BeLessThanOrEqualTo(MaxErrorLine);
        error.Should().StartWith($"test.json:7:{(end == "supplier" ? 15 : 32)}: error: unknown {end} 'xxxx").And.Contain("…': no node has this id").And.EndWith($"(at $.links[0].{end})");
    }

    [Fact]
    public void Read_five_megabyte_duplicate_id_is_one_short_line()
    {
        var huge = new string('y', 5_000_000);

        var error = Errors(Doc($"{{ \"id\": \"{huge}\" }},\n{{ \"id\": \"{huge}\" }}", string.Empty)).Single();

        error.Length.Should().BeLessThanOrEqualTo(MaxErrorLine);
        error.Should().Contain("duplicate node id 'yyy").And.Contain("…' (first defined at line 4)");
    }

    [Fact]
    public void Read_control_characters_in_a_quoted_value_are_escaped()
    {
        var error = Errors(Doc("{ \"id\": \"a\" }", "{ \"supplier\": \"gh\\nost\\u0001\", \"consumer\": \"a\" }")).Single();

        error.Should().Be("test.json:7:15: error: unknown supplier 'gh\\nost\\u0001': no node has this id (at $.links[0].supplier)");
    }

    [Fact]
    public void Read_huge_number_out_of_range_is_one_short_line()
    {
        var error = Errors(Doc($"{{ \"id\": \"a\", \"capacity\": -{new string('9', 100_000)} }}", string.Empty)).Single();

        error.Length.Should().BeLessThanOrEqualTo(MaxErrorLine);
        error.Should().Contain("capacity must be at least 0, found -999").And.Contain("…");
    }

    [Fact]
    public void Read_repeated_key_in_a_link_is_an_error_at_the_second_key()
    {
        var error = Errors(Doc("{ \"id\": \"a\" },\n{ \"id\": \"b\" }", "{ \"supplier\": \"a\", \"consumer\": \"b\", \"share\": 0.5, \"share\": 0.7 }")).Single();

        error.Should().Be("test.json:8:51: error: duplicate property \"share\": a property may appear only once in an object (at $.links[0].share)");
    }

    [Theory]
    [InlineData("{ \"id\": \"a\", \"kind\": \"fab\", \"kind\": \"osat\" }", "$.nodes[0].kind")]
    [InlineData("{ \"id\": \"a\", \"x\": 1, \"x\": 2 }", "$.nodes[0].x")]
    [InlineData("{ \"id\": \"a\", \"attributes\": { \"k\": 1, \"k\": 2 } }", "$.nodes[0].attributes.k")]
    [InlineData("{ \"id\": \"a\", \"id\": \"b\" }", "$.nodes[0].id")]
    public void Read_repeated_key_in_a_node_is_an_error_with_its_path(string node, string path)
    {
        Errors(Doc(node, string.Empty)).Single().Should().Contain("duplicate property").And.EndWith($"(at {path})");
    }

    [Fact]
    public void Read_second_nodes_array_is_an_error_at_its_key()
    {
        var json = "{\"format\": \"chipchain/1\",\n\"nodes\": [{ \"id\": \"a\" }],\n\"links\": [],\n\"nodes\": [{ \"id\": \"b\" }]\n}";

        Errors(json).Single().Should().Be("test.json:4:1: error: duplicate property \"nodes\": a property may appear only once in an object (at $.nodes)");
    }

    [Fact]
    public void Read_format_as_a_number_says_what_was_expected()
    {
        Errors("{\"format\": 1, \"nodes\": [], \"links\": []}").Single()
            .Should().Be("test.json:1:12: error: expected \"format\" as the string \"chipchain/1\", found a number (at $.format)");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    public void Read_utf16_file_is_one_clear_error(byte[] bom)
    {
        var text = bom[0] == 0xFF ? Encoding.Unicode.GetBytes(Minimal) : Encoding.BigEndianUnicode.GetBytes(Minimal);
        using var stream = new MemoryStream([.. bom, .. text]);

        var result = SupplyGraphJson.Read(stream, "test.json");

        result.Diagnostics.Single().Format("test.json").Should().Be("test.json: error: the file is UTF-16; chipchain/1 files are UTF-8");
    }

    [Fact]
    public void Read_utf8_byte_order_mark_is_accepted()
    {
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Minimal)]);

        SupplyGraphJson.Read(stream, "test.json").HasErrors.Should().BeFalse();
    }
}
