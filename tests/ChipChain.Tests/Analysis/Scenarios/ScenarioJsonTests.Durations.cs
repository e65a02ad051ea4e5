using ChipChain.Analysis.Scenarios;

namespace ChipChain.Tests.Analysis.Scenarios;

/// <summary>The <c>durations</c> field of scenario files: weeks per failed node for <c>whatif --weeks</c>.</summary>
public sealed partial class ScenarioJsonTests
{
    [Fact]
    public void Parse_durations_reads_weeks_per_node_and_include_merges_them_first_file_winning()
    {
        var s = ScenarioJson.Parse("""{ "fail": ["asml", "tsmc"], "durations": { "asml": 26, "tsmc": 1 } }""", "x.json");
        var other = ScenarioJson.Parse("""{ "fail": ["tsmc"], "durations": { "tsmc": 40, "ibiden": 3 } }""", "y.json");

        var combined = s.CombineWith(other);

        s.Durations.Should().BeEquivalentTo(new Dictionary<string, int> { ["asml"] = 26, ["tsmc"] = 1 });
        combined.Durations.Should().BeEquivalentTo(new Dictionary<string, int> { ["asml"] = 26, ["tsmc"] = 1, ["ibiden"] = 3 });
    }

    [Theory]
    [InlineData("{\n  \"durations\": { \"asml\": 0 }\n}", "x.json:2:*whole number of weeks from 1 to 10000 for 'asml'*")]
    [InlineData("{\n  \"durations\": { \"asml\": 2.5 }\n}", "x.json:2:*whole number of weeks*")]
    [InlineData("{\n  \"durations\": { \"asml\": 10001 }\n}", "x.json:2:*from 1 to 10000*")]
    [InlineData("{\n  \"durations\": [26]\n}", "x.json:2:*object of weeks by node id*")]
    [InlineData("{\n  \"durations\": { \"asml\": 2, \"asml\": 3 }\n}", "x.json:2:*'asml' is given twice*")]
    public void Parse_bad_durations_throws_one_line_with_position(string json, string pattern)
    {
        var act = () => ScenarioJson.Parse(json, "x.json");

        var error = act.Should().Throw<ScenarioException>().WithMessage(pattern).Which;
        error.Message.Should().NotContain("\n");
        error.Line.Should().Be(2);
    }
}
