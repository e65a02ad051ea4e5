using System.Text.Json.Serialization.Metadata;
using ChipChain.Cli.Output;
using ChipChain.Cli.Output.Json;

namespace ChipChain.Cli.Tests.Output.Json;

/// <summary>
/// The parts of the JSON contracts the sample graph never reaches (a search stopped at its limit, a target past the
/// report's budget, an elided path): present or absent exactly as documented, and integers written as integers.
/// </summary>
public sealed class CliJsonContextTests
{
    [Fact]
    public void CountryDependence_complete_appears_only_when_the_search_stopped()
    {
        Write(new CountryDependenceJson(["TW"], ["TW"], null), CliJsonContext.Default.CountryDependenceJson)
            .Should().Be("{\n  \"singlePointsOfFailure\": [\n    \"TW\"\n  ],\n  \"minimumCut\": [\n    \"TW\"\n  ]\n}\n");
        Write(new CountryDependenceJson([], [], false), CliJsonContext.Default.CountryDependenceJson)
            .Should().Be("{\n  \"singlePointsOfFailure\": [],\n  \"minimumCut\": [],\n  \"complete\": false\n}\n");
    }

    [Fact]
    public void TargetChokepoints_past_the_budget_writes_null_chokepoints_and_detailed_false()
    {
        IReadOnlyList<TargetChokepointsJson> rows = [new("a", [], null), new("b", null, false)];

        Write(rows, CliJsonContext.Default.IReadOnlyListTargetChokepointsJson).Should().Be(
            "[\n  {\n    \"target\": \"a\",\n    \"chokepoints\": []\n  },\n  {\n    \"target\": \"b\",\n    \"chokepoints\": null,\n    \"detailed\": false\n  }\n]\n");
    }

    [Fact]
    public void DependencyNode_path_omitted_appears_only_for_an_elided_path()
    {
        var whole = Write(new DependencyNodeJson("a", null, null, null, "b", 2, ["b", "a"], null), CliJsonContext.Default.DependencyNodeJson);
        var elided = Write(new DependencyNodeJson("a", "A", "x", null, "b", 40, ["b", "a"], 38), CliJsonContext.Default.DependencyNodeJson);

        whole.Should().Contain("\"name\": null,\n  \"item\": null,").And.NotContain("pathOmitted");
        elided.Should().EndWith("\"pathOmitted\": 38\n}\n");
    }

    [Fact]
    public void Numbers_keep_their_form_integers_bare_and_doubles_shortest()
    {
        var json = Write(new ChokepointSupplierJson("s", "Ünïcode & <tag>", null, 0.123457), CliJsonContext.Default.ChokepointSupplierJson);

        json.Should().Be("{\n  \"id\": \"s\",\n  \"name\": \"Ünïcode & <tag>\",\n  \"country\": null,\n  \"share\": 0.123457\n}\n");
        Write(new ExposureEntryJson("x", null, 1), CliJsonContext.Default.ExposureEntryJson).Should().Contain("\"loss\": 1\n");
    }

    private static string Write<T>(T value, JsonTypeInfo<T> type)
    {
        using var text = new StringWriter();
        JsonOutput.Write(text, value, type);
        return text.ToString();
    }
}
