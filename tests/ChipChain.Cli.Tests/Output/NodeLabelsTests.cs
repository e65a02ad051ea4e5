using ChipChain.Cli.Output;
using ChipChain.Model;

namespace ChipChain.Cli.Tests.Output;

public sealed class NodeLabelsTests
{
    private static readonly NodeLabels Labels = new(Graph());

    private static SupplyGraph Graph()
    {
        var builder = new SupplyGraphBuilder();
        builder.AddNode(new Node("N20") { Name = "EUV lithography tools" });
        builder.AddNode(new Node("P88") { Name = "ASML" });
        builder.AddNode(new Node("bare"));
        builder.AddNode(new Node("same") { Name = "same" });
        builder.AddLink(new Link("P88", "N20") { Item = "N20" });
        builder.AddLink(new Link("bare", "same"));
        return builder.Build();
    }

    [Fact]
    public void Label_named_node_reads_id_then_name() => Labels.Label("P88").Should().Be("P88 (ASML)");

    [Theory]
    [InlineData("bare")]
    [InlineData("same")]
    [InlineData("wafers")]
    public void Label_without_a_name_of_its_own_is_the_bare_id(string id) => Labels.Label(id).Should().Be(id);

    [Fact]
    public void Name_of_item_that_is_a_node_id_is_that_nodes_name() => Labels.Name("N20").Should().Be("EUV lithography tools");

    [Fact]
    public void Name_of_unknown_or_null_id_is_empty()
    {
        Labels.Name("wafers").Should().BeEmpty();
        Labels.Name(null).Should().BeEmpty();
        Labels.NameOrNull("wafers").Should().BeNull();
    }

    [Fact]
    public void List_beyond_max_counts_the_rest() =>
        Labels.List(["N20", "P88", "bare"], max: 2).Should().Be("N20 (EUV lithography tools), P88 (ASML), … (3)");

    [Fact]
    public void List_with_separator_joins_a_path() => Labels.List(["P88", "N20"], separator: " -> ").Should().Be("P88 (ASML) -> N20 (EUV lithography tools)");

    [Theory]
    [InlineData("id", "name")]
    [InlineData("node", "name")]
    [InlineData("item", "item name")]
    [InlineData("target", "target name")]
    public void Header_beside_an_id_column(string column, string expected) => NodeLabels.Header(column).Should().Be(expected);
}
