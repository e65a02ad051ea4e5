using ChipChain.Analysis.Risk;
using ChipChain.Analysis.Scenarios;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Analysis.Scenarios;

/// <summary>The risk fields of scenario files: defaultProbability, probabilityByCountry, probabilityByKind, probabilitySources.</summary>
public sealed partial class ScenarioJsonTests
{
    [Fact]
    public void Parse_probability_fields_reads_them_and_they_simulate_nothing()
    {
        const string json = """
            {
              "defaultProbability": 0.02,
              "probabilityByCountry": { "TW": 0.05, "JP": 0 },
              "probabilityByKind": { "foundry": 1 },
              "probabilitySources": { "TW": "an illustrative assumption" }
            }
            """;

        var s = ScenarioJson.Parse(json, "x.json");
        var p = RiskProbabilities.From(s);

        s.DefaultProbability.Should().Be(0.02);
        s.ProbabilityByCountry.Should().BeEquivalentTo(new Dictionary<string, double> { ["TW"] = 0.05, ["JP"] = 0 });
        s.ProbabilityByKind.Should().BeEquivalentTo(new Dictionary<string, double> { ["foundry"] = 1 });
        s.IsEmpty.Should().BeTrue("probabilities fail nothing: whatif still asks for a disruption");
        p.DefaultProbability.Should().Be(0.02);
        p.ByCountry["TW"].Should().Be(0.05);
    }

    [Theory]
    [InlineData("{\n  \"defaultProbability\": 1.5\n}", "x.json:2:*number from 0 to 1*")]
    [InlineData("{\n  \"probabilityByCountry\": { \"TW\": -0.1 }\n}", "x.json:2:*probability from 0 to 1 for 'TW'*")]
    [InlineData("{\n  \"probabilityByKind\": [0.1]\n}", "x.json:2:*object of probabilities*")]
    [InlineData("{\n  \"probabilityByCountry\": { \"TW\": 0.1, \"TW\": 0.2 }\n}", "x.json:2:*'TW' is given twice*")]
    public void Parse_bad_probability_throws_one_line_with_position(string json, string pattern)
    {
        var act = () => ScenarioJson.Parse(json, "x.json");

        var error = act.Should().Throw<ScenarioException>().WithMessage(pattern).Which;
        error.Message.Should().NotContain("\n");
        error.Line.Should().Be(2);
    }

    [Fact]
    public void Load_geopolitical_preset_is_valid_and_cites_every_probability()
    {
        var path = RepositoryFiles.Path("graphs", "scenarios", "geopolitical-risk.json");
        var text = File.ReadAllText(path);

        var result = Schema.Value.Evaluate(Json(text));
        var scenario = ScenarioJson.Load(path);
        var sources = Json(text).GetProperty("probabilitySources");

        result.IsValid.Should().BeTrue();
        scenario.ProbabilityByCountry.Should().NotBeEmpty();
        foreach (var country in scenario.ProbabilityByCountry.Keys.Append("default"))
        {
            sources.GetProperty(country).GetString().Should().Contain("llustrative assumption", "{0} must say what it is", country);
        }

        foreach (var country in scenario.ProbabilityByCountry.Keys)
        {
            sources.GetProperty(country).GetString().Should().Contain("https://", "{0} must cite a public source", country);
        }
    }

    [Fact]
    public void CombineWith_keeps_this_scenarios_probabilities_over_the_others()
    {
        var first = new Scenario { DefaultProbability = 0.1, ProbabilityByCountry = new Dictionary<string, double> { ["TW"] = 0.2 } };
        var second = new Scenario { DefaultProbability = 0.3, ProbabilityByCountry = new Dictionary<string, double> { ["TW"] = 0.4, ["JP"] = 0.5 } };

        var combined = first.CombineWith(second);

        combined.DefaultProbability.Should().Be(0.1);
        combined.ProbabilityByCountry.Should().BeEquivalentTo(new Dictionary<string, double> { ["TW"] = 0.2, ["JP"] = 0.5 });
    }
}
