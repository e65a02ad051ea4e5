using System.Text.Json;
using ChipChain.Analysis.Scenarios;
using ChipChain.Model;

namespace ChipChain.Tests.Model;

public sealed class FrozenTests
{
    [Fact]
    public void Node_caller_changes_its_collections_afterwards_node_unchanged_and_in_order()
    {
        var tags = new List<string> { "b", "a" };
        var attributes = new Dictionary<string, JsonElement>();
        foreach (var key in Enumerable.Range(0, 40).Select(i => $"k{39 - i}"))
        {
            attributes[key] = JsonDocument.Parse("1").RootElement.Clone();
        }

        var node = new Node("n") { Tags = tags, Attributes = attributes };
        tags.Add("c");
        attributes.Remove("k0");

        node.Tags.Should().Equal("b", "a");
        node.Attributes.Keys.Should().Equal(Enumerable.Range(0, 40).Select(i => $"k{39 - i}"), "a copy keeps the caller's (file) order");
    }

    [Fact]
    public void Scenario_caller_changes_its_lists_afterwards_scenario_unchanged()
    {
        var failed = new List<string> { "asml" };
        var byCountry = new Dictionary<string, double> { ["TW"] = 0.05 };
        var scenario = new Scenario { FailedNodes = failed, ProbabilityByCountry = byCountry };

        failed.Add("tsmc");
        byCountry["CN"] = 0.5;

        scenario.FailedNodes.Should().Equal("asml");
        scenario.ProbabilityByCountry.Should().HaveCount(1).And.ContainKey("TW");
    }
}
