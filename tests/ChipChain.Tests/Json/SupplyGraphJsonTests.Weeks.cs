namespace ChipChain.Tests.Json;

public sealed partial class SupplyGraphJsonTests
{
    [Fact]
    public void Read_inventory_and_recovery_weeks_round_trip_on_both_paths()
    {
        // The first link has only the fast path's fields; the second an unknown property, which the token path reads.
        var json = "{\"format\":\"chipchain/1\",\"nodes\":[{\"id\":\"a\",\"recoveryWeeks\":14},{\"id\":\"b\"}],\"links\":["
            + "{\"supplier\":\"a\",\"consumer\":\"b\",\"item\":\"x\",\"inventoryWeeks\":8},"
            + "{\"supplier\":\"a\",\"consumer\":\"b\",\"item\":\"y\",\"inventoryWeeks\":0,\"extra\":1}]}";
        var graph = Read(json).Graph!;

        graph.GetNode("a").RecoveryWeeks.Should().Be(14);
        graph.GetNode("b").RecoveryWeeks.Should().BeNull();
        graph.Links.Select(l => l.InventoryWeeks).Should().Equal(8, 0);
    }

    [Theory]
    [InlineData("{ \"id\": \"a\", \"recoveryWeeks\": 0 }", "recoveryWeeks must be between 1 and 10000, found 0 (at $.nodes[0].recoveryWeeks)")]
    [InlineData("{ \"id\": \"a\", \"recoveryWeeks\": 2.5 }", "recoveryWeeks must be a whole number of weeks, found 2.5 (at $.nodes[0].recoveryWeeks)")]
    [InlineData("{ \"id\": \"a\", \"recoveryWeeks\": \"soon\" }", "expected recoveryWeeks as a number")]
    public void Read_bad_recovery_weeks_is_an_error_at_the_value(string node, string expected)
    {
        Errors(Doc(node, string.Empty)).Should().ContainSingle().Which.Should().Contain(expected);
    }

    [Theory]
    [InlineData("-1", "inventoryWeeks must be between 0 and 10000, found -1")]
    [InlineData("1.5", "inventoryWeeks must be a whole number of weeks, found 1.5")]
    [InlineData("10001", "inventoryWeeks must be between 0 and 10000, found 10001")]
    public void Read_bad_inventory_weeks_is_an_error_at_the_value(string value, string expected)
    {
        var links = "{ \"supplier\": \"a\", \"consumer\": \"b\", \"inventoryWeeks\": " + value + " }";
        Errors(Doc("{ \"id\": \"a\" },\n{ \"id\": \"b\" }", links)).Should().ContainSingle().Which.Should().Contain(expected).And.Contain("$.links[0].inventoryWeeks");
    }
}
