using System.Text.Json;
using ChipChain.Analysis.Scenarios;
using ChipChain.Tests.Support;
using Json.Schema;

namespace ChipChain.Tests.Analysis.Scenarios;

public sealed partial class ScenarioJsonTests
{
    // The schema has an $id, and the library's registry refuses to register one twice: build it once.
    internal static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryFiles.Graph("scenario.schema.json"))));

    [Fact]
    public void Parse_full_scenario_reads_every_field()
    {
        const string json = """
            {
              "$schema": "../scenario.schema.json",
              "name": "test",
              "description": "all fields",
              "fail": ["asml"],
              "failCountries": ["TW", "KR"],
              "cut": [{ "supplierCountry": "NL", "consumerCountry": "CN" }, { "supplierCountry": "US", "consumerCountry": "CN", "item": "eda-software" }],
              "degrade": [{ "id": "tsmc", "level": 0.5 }]
            }
            """;

        var s = ScenarioJson.Parse(json, "x.json");

        s.Name.Should().Be("test");
        s.Description.Should().Be("all fields");
        s.FailedNodes.Should().Equal("asml");
        s.FailedCountries.Should().Equal("TW", "KR");
        s.Cuts.Select(c => c.ToString()).Should().Equal("NL:CN", "US:CN:eda-software");
        s.Degradations.Select(d => (d.Id, d.Level)).Should().Equal(("tsmc", 0.5));
    }

    [Theory]
    [InlineData("{\n  \"fail\": [\"a\",]x\n}", "x.json:2:*")]
    [InlineData("{\n  \"fial\": [\"a\"]\n}", "x.json:2:*unknown property 'fial'*")]
    [InlineData("{\n  \"degrade\": [{ \"id\": \"a\", \"level\": 1.5 }]\n}", "x.json:2:*number from 0 to 1*$.degrade[0].level*")]
    [InlineData("{\n  \"degrade\": [{ \"id\": \"a\" }]\n}", "x.json:2:*missing required property 'level'*")]
    [InlineData("{\n  \"fail\": [\"\"]\n}", "x.json:2:*non-empty string*")]
    [InlineData("{\n  \"failCountries\": \"TW\"\n}", "x.json:2:*array of strings*")]
    [InlineData("{\n  \"cut\": [{ \"supplierCountry\": 5, \"consumerCountry\": \"CN\" }]\n}", "x.json:2:*expected a string*")]
    [InlineData("null", "x.json:1:1: expected a scenario object*found null")]
    [InlineData("", "x.json:1:1:*")]
    public void Parse_bad_scenario_throws_one_line_with_position(string json, string pattern)
    {
        var act = () => ScenarioJson.Parse(json, "x.json");

        var error = act.Should().Throw<ScenarioException>().WithMessage(pattern).Which;
        error.Message.Should().NotContain("\n").And.NotContain("ChipChain.");
        error.Line.Should().BeGreaterThan(0);
        error.Column.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Load_example_scenario_is_valid_against_the_schema()
    {
        var schema = Schema.Value;
        var path = RepositoryFiles.Path("graphs", "scenarios", "taiwan-outage.json");

        var result = schema.Evaluate(Json(File.ReadAllText(path)));
        var scenario = ScenarioJson.Load(path);

        result.IsValid.Should().BeTrue();
        scenario.FailedCountries.Should().Equal("TW");
        scenario.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Schema_rejects_what_the_reader_rejects()
    {
        var schema = Schema.Value;

        schema.Evaluate(Json("""{ "fial": [] }""")).IsValid.Should().BeFalse();
        schema.Evaluate(Json("""{ "degrade": [{ "id": "a", "level": 2 }] }""")).IsValid.Should().BeFalse();
        schema.Evaluate(Json("""{ "cut": [{ "supplierCountry": "NL" }] }""")).IsValid.Should().BeFalse();
        schema.Evaluate(Json("""{ "fail": ["asml"], "cut": [{ "supplierCountry": "NL", "consumerCountry": "CN" }] }""")).IsValid.Should().BeTrue();
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
