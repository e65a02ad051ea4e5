using ChipChain.Cli.Tests.Support;

namespace ChipChain.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private const string Good = """
        { "format": "chipchain/1",
          "nodes": [ { "id": "a" }, { "id": "b" } ],
          "links": [ { "supplier": "a", "consumer": "b" } ] }
        """;

    [Fact]
    public void Validate_bundled_sample_file_exits_zero()
    {
        var result = CliRun.Run("validate", RepositoryFiles.Graph("ai-accelerators.json"));
        result.Exit.Should().Be(0);
        result.Out.Should().Contain("valid chipchain/1 graph: 116 nodes");
    }

    [Fact]
    public void Validate_without_file_checks_the_embedded_sample()
    {
        var result = CliRun.Run("validate");
        result.Exit.Should().Be(0);
        result.Out.Should().Contain("bundled sample");
    }

    [Fact]
    public void Validate_syntax_error_exits_two_with_one_located_line()
    {
        var path = _files.Write("bad.json", "{\n  \"format\": \"chipchain/1\",\n  \"nodes\": [ { \"id\": \"a\" ]\n}");
        var result = CliRun.Run("validate", path);
        result.Exit.Should().Be(2);
        result.ErrorLines[0].Should().MatchRegex(@"^.*bad\.json:3:\d+: error: malformed JSON: .+$");
        result.Error.Should().NotContain("   at ");
    }

    [Theory]
    [InlineData("{ \"supplier\": \"ghost\", \"consumer\": \"b\" }", "unknown supplier 'ghost'")]
    [InlineData("{ \"supplier\": \"a\", \"consumer\": \"b\", \"share\": 1.5 }", "share must be between 0 and 1, found 1.5")]
    public void Validate_bad_link_exits_two_naming_the_problem(string link, string expected)
    {
        var path = _files.Write("bad.json", $"{{ \"format\": \"chipchain/1\",\n\"nodes\": [ {{ \"id\": \"a\" }}, {{ \"id\": \"b\" }} ],\n\"links\": [\n{link}\n] }}");
        var result = CliRun.Run("validate", path);
        result.Exit.Should().Be(2);
        result.ErrorLines[0].Should().Contain("bad.json:4:").And.Contain(expected).And.Contain("$.links[0]");
    }

    [Fact]
    public void Validate_duplicate_id_exits_two()
    {
        var path = _files.Write("dup.json", "{ \"format\": \"chipchain/1\",\n\"nodes\": [ { \"id\": \"a\" },\n{ \"id\": \"a\" } ], \"links\": [] }");
        var result = CliRun.Run("validate", path);
        result.Exit.Should().Be(2);
        result.ErrorLines[0].Should().Contain("dup.json:3:9: error: duplicate node id 'a'");
    }

    [Fact]
    public void Validate_missing_file_exits_two_with_one_line()
    {
        var result = CliRun.Run("validate", _files.PathOf("nope.json"));
        result.Exit.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().EndWith("nope.json: file not found");
    }

    [Fact]
    public void Validate_warnings_only_exits_zero_and_lists_them()
    {
        var path = _files.Write("warn.json", """{ "format": "chipchain/1", "nodes": [ { "id": "a", "kind": "widget" }, { "id": "b" } ], "links": [ { "supplier": "a", "consumer": "b" } ] }""");
        var result = CliRun.Run("validate", path);
        result.Exit.Should().Be(0);
        result.Error.Should().Contain("warning: node 'a' has unknown kind 'widget'");
        result.Out.Should().Contain("1 warning(s)");
    }

    [Fact]
    public void Validate_reports_all_errors_each_on_one_line()
    {
        var path = _files.Write("many.json", """{ "format": "chipchain/1", "nodes": [ { "id": "a", "requires": "x" }, { "id": "a" } ], "links": [ { "supplier": "a", "consumer": "zz" } ] }""");
        var result = CliRun.Run("validate", path);
        result.Exit.Should().Be(2);
        result.ErrorLines.Count(l => l.Contains(": error: ", StringComparison.Ordinal)).Should().Be(3);
    }

    [Fact]
    public void Validate_does_not_change_the_input()
    {
        var path = _files.Write("good.json", Good);
        var before = File.ReadAllBytes(path);
        CliRun.Run("validate", path).Exit.Should().Be(0);
        File.ReadAllBytes(path).Should().Equal(before);
    }

    [Fact]
    public void Validate_country_name_warns_with_the_code_and_exits_zero()
    {
        var path = _files.Write("country.json", """
            { "format": "chipchain/1",
              "nodes": [ { "id": "tsmc", "country": "Taiwan" }, { "id": "b", "country": "TW" } ],
              "links": [ { "supplier": "tsmc", "consumer": "b" } ] }
            """);
        var result = CliRun.Run("validate", path);
        result.Exit.Should().Be(0);
        result.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(
            @"country\.json:2:\d+: warning: country ""Taiwan"" of node 'tsmc' is not an ISO 3166-1 alpha-2 code; did you mean ""TW""\? \(at \$\.nodes\[0\]\.country\)$");
        result.Out.Should().Contain("1 warning(s)");
    }
}
