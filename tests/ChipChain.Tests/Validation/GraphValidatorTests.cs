using ChipChain.Analysis;
using ChipChain.Json;
using ChipChain.Model;
using ChipChain.Validation;

namespace ChipChain.Tests.Validation;

public sealed class GraphValidatorTests
{
    private static List<string> Warnings(string nodes, string links) =>
        GraphValidator.Warnings(FromJson("{\"format\":\"chipchain/1\",\"nodes\":[" + nodes + "],\"links\":[" + links + "]}"))
            .Select(d => d.Message).ToList();

    private static SupplyGraph FromJson(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return SupplyGraphJson.Load(stream, "test.json");
    }

    [Fact]
    public void Warnings_item_shares_above_tolerance_are_reported()
    {
        var warnings = Warnings("""{"id":"a"},{"id":"b"},{"id":"c"}""", """{"supplier":"a","consumer":"c","item":"x","share":0.8},{"supplier":"b","consumer":"c","item":"x","share":0.3}""");
        warnings.Should().ContainSingle().Which.Should().Contain("shares of item 'x' of 'c' add up to 1.1");
    }

    [Fact]
    public void Warnings_item_shares_within_tolerance_are_not_reported()
    {
        Warnings("""{"id":"a"},{"id":"b"},{"id":"c"}""", """{"supplier":"a","consumer":"c","item":"x","share":0.7},{"supplier":"b","consumer":"c","item":"x","share":0.34}""")
            .Should().BeEmpty();
    }

    [Fact]
    public void Warnings_unknown_kind_is_reported_not_an_error()
    {
        Warnings("""{"id":"a","kind":"widget"},{"id":"b","kind":"foundry"}""", """{"supplier":"a","consumer":"b"}""")
            .Should().ContainSingle().Which.Should().Contain("unknown kind 'widget'");
    }

    [Fact]
    public void Warnings_isolated_node_is_reported()
    {
        Warnings("""{"id":"a"},{"id":"b"},{"id":"lonely"}""", """{"supplier":"a","consumer":"b"}""")
            .Should().ContainSingle().Which.Should().Contain("'lonely' is isolated");
    }

    [Fact]
    public void Warnings_cycle_lists_its_members()
    {
        Warnings("""{"id":"fab"},{"id":"tools"}""", """{"supplier":"fab","consumer":"tools"},{"supplier":"tools","consumer":"fab"}""")
            .Should().ContainSingle().Which.Should().Contain("cycle: fab, tools");
    }

    [Fact]
    public void Warnings_duplicate_link_is_reported()
    {
        Warnings("""{"id":"a"},{"id":"b"}""", """{"supplier":"a","consumer":"b","item":"x"},{"supplier":"a","consumer":"b","item":"x"}""")
            .Should().ContainSingle().Which.Should().Contain("duplicate link a -[x]-> b");
    }

    [Fact]
    public void Warnings_each_carry_a_path_and_position()
    {
        var graph = FromJson("{\"format\":\"chipchain/1\",\n\"nodes\":[{\"id\":\"a\",\"kind\":\"widget\"}],\"links\":[]}");
        var warning = GraphValidator.Warnings(graph)[0];
        warning.Format("g.json").Should().StartWith("g.json:2:10: warning: node 'a' has unknown kind 'widget'").And.EndWith("(at $.nodes[0].kind)");
    }

    [Fact]
    public void Warnings_country_name_suggests_the_alpha2_code()
    {
        Warnings("""{"id":"a","country":"Taiwan"},{"id":"b","country":"TW"}""", """{"supplier":"a","consumer":"b"}""")
            .Should().Equal("country \"Taiwan\" of node 'a' is not an ISO 3166-1 alpha-2 code; did you mean \"TW\"?");
    }

    [Fact]
    public void Warnings_alpha3_country_suggests_the_alpha2_code()
    {
        Warnings("""{"id":"a","country":"NLD"},{"id":"b"}""", """{"supplier":"a","consumer":"b"}""")
            .Should().ContainSingle().Which.Should().EndWith("is not an ISO 3166-1 alpha-2 code; did you mean \"NL\"?");
    }

    [Fact]
    public void Warnings_unassigned_country_has_no_suggestion()
    {
        Warnings("""{"id":"a","country":"XX"},{"id":"b"}""", """{"supplier":"a","consumer":"b"}""")
            .Should().Equal("country \"XX\" of node 'a' is not an ISO 3166-1 alpha-2 code");
    }

    [Fact]
    public void Warnings_country_path_points_at_the_field()
    {
        var graph = FromJson("""{"format":"chipchain/1","nodes":[{"id":"a"},{"id":"b","country":"tw"}],"links":[{"supplier":"a","consumer":"b"}]}""");
        GraphValidator.Warnings(graph).Should().ContainSingle().Which.Path.Should().Be("$.nodes[1].country");
    }

    [Fact]
    public void Warnings_of_graph_are_the_validators_and_never_errors()
    {
        var graph = FromJson("{\"format\":\"chipchain/1\",\n\"nodes\":[{\"id\":\"a\",\"kind\":\"widget\"}],\"links\":[]}");

        var warnings = graph.Warnings();

        warnings.Should().Equal(GraphValidator.Warnings(graph));
        warnings.Should().NotBeEmpty().And.OnlyContain(w => !w.IsError);
    }
}
