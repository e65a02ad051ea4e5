using System.Text;
using ChipChain.Analysis.Scenarios;

namespace ChipChain.Tests.Analysis.Scenarios;

/// <summary>
/// Malformed and mistyped scenario files: one line each, the project's own words, the offending token's line and
/// column, and its JSON path.
/// </summary>
public sealed class ScenarioReaderTests
{
    public static TheoryData<string, string> Broken => new()
    {
        // Malformed JSON, named by the syntax scan.
        { "{\n  \"fail\": [\"a\"", "2:15: malformed JSON: the file ends early: expected ',' or ']' (at $.fail)" },
        { "{\n  \"fail\": [\"a\"], \"name\": tru\n}", "2:26: malformed JSON: 'tru' is not a JSON literal (expected 'true') (at $.name)" },
        { "{\n  \"fail\": [\"a\"] /* x\n}", "2:17: malformed JSON: the comment '/*' is not closed before the end of the file" },
        { "{\n  \"name\": \"a\\q\"\n}", "2:13: malformed JSON: invalid escape '\\q' in a string (expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits) (at $.name)" },
        { "{\n  \"fail\": [\"\\uDC00\"]\n}", "2:13: malformed JSON: invalid escape '\\uDC00' in a string: half of a surrogate pair without the other half (at $.fail[0])" },
        { "{\n  \"name\": \"abc\n}", "2:15: malformed JSON: control character 0x0A in a string: write it as an escape such as \\n or \\u000A (at $.name)" },
        { "{\n  \"name\": \"abc", "2:11: malformed JSON: the string is not closed: no '\"' before the end of the file (at $.name)" },
        { "{\n  \"fail\": [\"a\"] \"name\": \"x\"\n}", "2:17: malformed JSON: expected ',' or '}' after a property value, found '\"'" },
        { "{\n  \"fail\" [\"a\"]\n}", "2:10: malformed JSON: expected ':' after the property name \"fail\", found '['" },
        { "{\n  fail: [\"a\"]\n}", "2:3: malformed JSON: expected a property name in double quotes or '}', found 'f'" },
        { "{\n  \"degrade\": [{ \"id\": \"a\", \"level\": 01 }]\n}", "2:37: malformed JSON: invalid number '01': a number does not start with 0 followed by more digits (at $.degrade[0].level)" },
        { "{\n  \"fail\": [\"a\"]]\n}", "2:16: malformed JSON: ']' does not close an object: expected ',' or '}'" },
        { "{\n  \"fail\": [\"a\"]\n} x", "3:3: malformed JSON: expected the end of the file after the root value, found 'x'" },

        // Well-formed JSON of the wrong shape, named by the typed pass.
        { "{\n  \"fail\": \"a\"\n}", "2:11: expected an array of strings, found a string (at $.fail)" },
        { "{\n  \"fail\": [\"a\", 5]\n}", "2:17: expected a non-empty string, found a number (at $.fail[1])" },
        { "{\n  \"failCountries\": [\" \"]\n}", "2:21: expected a non-empty string (at $.failCountries[0])" },
        { "{\n  \"cut\": {}\n}", "2:10: expected an array of objects, found an object (at $.cut)" },
        { "{\n  \"cut\": [null]\n}", "2:11: expected an object, found null (at $.cut[0])" },
        { "{\n  \"cut\": [{ \"supplierCountry\": \"NL\" }]\n}", "2:11: missing required property 'consumerCountry' (at $.cut[0])" },
        { "{\n  \"cut\": [{}]\n}", "2:11: missing required property 'supplierCountry', 'consumerCountry' (at $.cut[0])" },
        { "{\n  \"cut\": [{ \"supplierCountry\": \"NL\", \"consumerCountry\": \"CN\", \"via\": 1 }]\n}", "2:63: unknown property 'via' (at $.cut[0].via)" },
        { "{\n  \"cut\": [{ \"supplierCountry\": \"NL\", \"consumerCountry\": \"CN\", \"item\": null }]\n}", "2:71: expected a string, found null (at $.cut[0].item)" },
        { "{\n  \"degrade\": [{ \"id\": \"a\", \"level\": \"half\" }]\n}", "2:37: expected a number from 0 to 1 (at $.degrade[0].level)" },
        { "{\n  \"name\": 5\n}", "2:11: expected a string, found a number (at $.name)" },
        { "{\n  \"defaultProbability\": true\n}", "2:25: expected a number from 0 to 1 (at $.defaultProbability)" },
        { "{\n  \"probabilityByCountry\": { \" \": 0.5 }\n}", "2:29: expected a non-empty key (at $.probabilityByCountry)" },
        { "{\n  \"durations\": { \"asml\": 0 }\n}", "2:26: expected a whole number of weeks from 1 to 10000 for 'asml' (at $.durations.asml)" },
        { "{\n  \"probabilitySources\": { \"TW\": 5 }\n}", "2:33: expected a string, found a number (at $.probabilitySources.TW)" },
        { "{\n  \"fail\": [\"a\"], \"fail\": [\"b\"]\n}", "2:18: duplicate property \"fail\": a property may appear only once in an object (at $.fail)" },
        { "{\n  \"fial\": [\"a\"]\n}", "2:3: unknown property 'fial' (at $.fial)" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Parse_broken_scenario_gives_one_line_with_line_column_and_path(string json, string expected)
    {
        var act = () => ScenarioJson.Parse(json, "s.json");

        var error = act.Should().Throw<ScenarioException>().Which;
        error.Message.Should().Be("s.json:" + expected);
        $"{error.Line}:{error.Column}:".Should().Be(expected[..(expected.IndexOf(' ', StringComparison.Ordinal))]);
    }

    [Fact]
    public void Parse_invalid_utf8_in_a_name_points_at_the_byte()
    {
        byte[] json = [.. "{\n  \"name\": \"caf"u8, 0xC3, 0x28, .. "\"\n}"u8];

        var act = () => ScenarioJson.Parse(json, "s.json");

        act.Should().Throw<ScenarioException>().WithMessage("s.json:2:15: malformed JSON: invalid UTF-8 in a string (the byte 0xC3) (at $.name)");
    }

    [Fact]
    public void Parse_after_a_byte_order_mark_counts_columns_from_the_text()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. "{ \"fail\": 1 }"u8];

        var act = () => ScenarioJson.Parse(json, "s.json");

        act.Should().Throw<ScenarioException>().WithMessage("s.json:1:11: expected an array of strings, found a number (at $.fail)");
    }

    [Fact]
    public void Parse_comments_and_trailing_commas_are_allowed()
    {
        var scenario = ScenarioJson.Parse(Encoding.UTF8.GetString("{ // the fab\n \"fail\": [\"tsmc\",], /* and */ \"failCountries\": [\"TW\"], }"u8), "s.json");

        scenario.FailedNodes.Should().Equal("tsmc");
        scenario.FailedCountries.Should().Equal("TW");
    }
}
