using System.Text;
using ChipChain.Json;
using ChipChain.Validation;

namespace ChipChain.Tests.Json;

/// <summary>
/// Malformed graph files, one kind of problem each, in the nodes, the links and the top-level metadata: the loader
/// gives one line in the project's own words with the position of the offending token.
/// </summary>
public sealed partial class JsonSyntaxTests
{
    private const string Link = "{ \"supplier\": \"a\", \"consumer\": \"a\", \"share\": ";

    // Line 1 "{", 2 format, 3 "nodes": [, 4 the nodes, 5 "],", 6 "links": [, 7 the links, 8 "]", 9 "}".
    private static string Doc(string nodes, string links) =>
        "{\n\"format\": \"chipchain/1\",\n\"nodes\": [\n" + nodes + "\n],\n\"links\": [\n" + links + "\n]\n}";

    private static string Meta(string extra) => "{\"format\": \"chipchain/1\", " + extra + "\"nodes\": [], \"links\": []}";

    public static TheoryData<string, string> Malformed => new()
    {
        { "{\"format\": \"chipchain/1\", \"nodes\": [ {\"id\": \"a\"", "1:48: error: malformed JSON: the file ends early: expected ',' or '}'" },
        { Doc("{ \"id\": \"a\" }", Link + "tru }"), "7:46: error: malformed JSON: 'tru' is not a JSON literal (expected 'true')" },
        { Doc("{ \"id\": \"a\", \"canFail\": fals }", string.Empty), "4:25: error: malformed JSON: 'fals' is not a JSON literal (expected 'false')" },
        { Meta("\"name\": nul, "), "1:35: error: malformed JSON: 'nul' is not a JSON literal (expected 'null')" },
        { Doc("{ \"id\": \"a\" },", string.Empty), "4:14: error: malformed JSON: a trailing comma before ']'" },
        { Doc("{ \"id\": \"a\" }", "{ \"supplier\": \"a\", \"consumer\": \"a\", }"), "7:35: error: malformed JSON: a trailing comma before '}'" },
        { "{\"format\": \"chipchain/1\", \"nodes\": [], \"links\": [],}", "1:51: error: malformed JSON: a trailing comma before '}'" },
        { Doc("{ \"id\": \"a\" } /* open", string.Empty), "4:15: error: malformed JSON: the comment '/*' is not closed before the end of the file" },
        { Meta("/ \"name\": \"x\", "), "1:27: error: malformed JSON: '/' does not start a comment ('//' or '/*')" },
        { Doc("{ \"id\": \"a\\q\" }", string.Empty), "4:11: error: malformed JSON: invalid escape '\\q' in a string (expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits)" },
        { Doc("{ \"id\": \"a\" }", "{ \"supplier\": \"a\\u12G4\", \"consumer\": \"a\" }"), "7:17: error: malformed JSON: invalid escape '\\u12G4' in a string (expected four hex digits after \\u)" },
        { Doc("{ \"id\": \"\\uD800\" }", string.Empty), "4:10: error: malformed JSON: invalid escape '\\uD800' in a string: half of a surrogate pair without the other half" },
        { "{\"format\": \"chipchain/1\", \"name\": \"abc", "1:35: error: malformed JSON: the string is not closed: no '\"' before the end of the file" },
        { Doc("{ \"id\": \"a\", \"name\": \"ab\nc\" }", string.Empty), "4:25: error: malformed JSON: control character 0x0A in a string: write it as an escape such as \\n or \\u000A" },
        { Doc("{ \"id\": \"a\" \"kind\": \"input\" }", string.Empty), "4:13: error: malformed JSON: expected ',' or '}' after a property value, found '\"'" },
        { Doc("{ \"id\": \"a\" } { \"id\": \"b\" }", string.Empty), "4:15: error: malformed JSON: expected ',' or ']' after an array element, found '{'" },
        { Doc("{ \"id\" \"a\" }", string.Empty), "4:8: error: malformed JSON: expected ':' after the property name \"id\", found '\"'" },
        { Doc("{ \"id\": \"a\" }", "{ supplier: \"a\" }"), "7:3: error: malformed JSON: expected a property name in double quotes or '}', found 's'" },
        { Meta("'name': \"x\", "), "1:27: error: malformed JSON: expected a property name in double quotes, found '''" },
        { Doc("{ \"id\": \"a\", \"attributes\": { \"x\": " + new string('[', 70) + new string(']', 70) + " } }", string.Empty), "4:95: error: malformed JSON: objects and arrays nested more than 64 deep" },
        { Doc(string.Empty, string.Empty) + " x", "9:3: error: malformed JSON: expected the end of the file after the root value, found 'x'" },
        { Doc(string.Empty, string.Empty) + "{}", "9:2: error: malformed JSON: expected the end of the file after the root value, found '{'" },
        { Doc("{ \"id\": \"a\" } }", string.Empty), "4:15: error: malformed JSON: '}' does not close an array: expected ',' or ']'" },
        { Doc("{ \"id\": \"a\" ]", string.Empty), "4:13: error: malformed JSON: ']' does not close an object: expected ',' or '}'" },
        { Doc("{ \"id\": \"a\" }", Link + "01 }"), "7:46: error: malformed JSON: invalid number '01': a number does not start with 0 followed by more digits" },
        { Doc("{ \"id\": \"a\" }", Link + "- }"), "7:46: error: malformed JSON: invalid number '-': '-' must be followed by a digit" },
        { Doc("{ \"id\": \"a\" }", Link + "1. }"), "7:46: error: malformed JSON: invalid number '1.': '.' must be followed by a digit" },
        { Doc("{ \"id\": \"a\" }", Link + "1e }"), "7:46: error: malformed JSON: invalid number '1e': the exponent needs a digit" },
        { Doc("{ \"id\": \"a\" }", Link + "1x }"), "7:46: error: malformed JSON: invalid number '1x': 'x' cannot follow a number" },
        { Doc("{ \"id\": \"a\" }", Link + ".5 }"), "7:46: error: malformed JSON: expected a value after ':', found '.'" },
        { Doc("{ \"id\": \"a\" }", Link + "}"), "7:46: error: malformed JSON: expected a value after ':', found '}'" },
        { Doc("{ \"id\": \"a\" }, { \"id\": \"b\" }", "{ \"supplier\": \"a\", \"consumer\": \"b\" },\n]"), "7:37: error: malformed JSON: a trailing comma before ']'" },
        { Meta("\"name\": \"a\u0001\", "), "1:37: error: malformed JSON: control character 0x01 in a string: write it as an escape such as \\n or \\u0001" },
        { string.Empty, "1:1: error: the file is empty: expected a chipchain/1 JSON object" },
        { "  \n  // nothing here\n", "3:1: error: the file is empty: expected a chipchain/1 JSON object" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Read_malformed_file_gives_one_line_with_the_offending_token_position(string json, string expected)
    {
        Errors(Encoding.UTF8.GetBytes(json)).Should().Equal("t.json:" + expected);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 }, 26, "0xC3")]
    [InlineData(new byte[] { 0xFF }, 26, "0xFF")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 26, "0xED")]
    public void Read_invalid_utf8_in_a_string_points_at_the_byte(byte[] bad, int column, string shown)
    {
        byte[] json = [.. Encoding.UTF8.GetBytes(Doc("{ \"id\": \"a\", \"name\": \"caf")), .. bad, .. Encoding.UTF8.GetBytes("\" }")];

        Errors(json).Should().Equal($"t.json:4:{column}: error: malformed JSON: invalid UTF-8 in a string (the byte {shown})");
    }

    [Fact]
    public void Find_after_the_reader_refuses_names_every_kind_and_never_unknown()
    {
        foreach (var row in Malformed)
        {
            var bytes = Encoding.UTF8.GetBytes((string)row[0]);
            var problem = Problem(bytes);

            problem.Kind.Should().NotBe(JsonSyntaxKind.Unknown, (string)row[1]);
        }
    }

    [Theory]
    [InlineData("\"share\": 1.0, \"source\": \"nvidia-10k\" },", "\"share\": 1,0, \"source\": \"nvidia-10k\" },", "151:90: error: malformed JSON: expected a property name in double quotes, found '0'")]
    [InlineData("\"recoveryWeeks\": 14, \"attributes\"", "\"recoveryWeeks\": 14 \"attributes\"", "47:93: error: malformed JSON: expected ',' or '}' after a property value, found '\"'")]
    public void Read_sample_graph_with_one_slip_points_at_it(string original, string slip, string expected)
    {
        var text = File.ReadAllText(Support.RepositoryFiles.Graph("ai-accelerators.json"));
        var at = text.IndexOf(original, StringComparison.Ordinal);

        Errors(Encoding.UTF8.GetBytes(text[..at] + slip + text[(at + original.Length)..])).Should().Equal("t.json:" + expected);
    }

    [Fact]
    public void Read_sample_graph_cut_after_a_link_says_where_the_file_ends()
    {
        var lines = File.ReadAllText(Support.RepositoryFiles.Graph("ai-accelerators.json")).Split('\n');

        Errors(Encoding.UTF8.GetBytes(string.Join('\n', lines[..151]))).Should().Equal("t.json:151:118: error: malformed JSON: the file ends early: expected a value");
    }

    private static string Doc(string nodes) => Doc(nodes, string.Empty)[..(Doc(nodes, string.Empty).IndexOf("\n],", StringComparison.Ordinal))];

    private static List<string> Errors(byte[] json)
    {
        using var stream = new MemoryStream(json);
        return SupplyGraphJson.Read(stream, "t.json").Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Format("t.json")).ToList();
    }

    /// <summary>The problem <see cref="JsonSyntax"/> names where a whole-input reader first refuses the bytes.</summary>
    private static JsonSyntaxProblem Problem(byte[] bytes)
    {
        var reader = new System.Text.Json.Utf8JsonReader(bytes, new System.Text.Json.JsonReaderOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip });
        while (true)
        {
            var state = reader.CurrentState;
            var consumed = (int)reader.BytesConsumed;
            try
            {
                if (!reader.Read())
                {
                    throw new Xunit.Sdk.XunitException("the reader accepted the document");
                }

                if (reader.TokenType == System.Text.Json.JsonTokenType.String)
                {
                    reader.GetString();
                }
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
            {
                return JsonSyntax.Find(bytes.AsSpan(consumed), state, final: true) ?? throw new Xunit.Sdk.XunitException("no problem found in final data");
            }
        }
    }
}
