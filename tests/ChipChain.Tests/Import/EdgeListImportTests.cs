using ChipChain.Analysis;
using ChipChain.Import;
using ChipChain.Model;

namespace ChipChain.Tests.Import;

public sealed class EdgeListImportTests
{
    private static ImportResult Import(string text) => EdgeListImport.Run(CsvReader.Read(new StringReader(text), "edges.csv"));

    [Fact]
    public void Run_edge_list_builds_nodes_from_ids_and_links_in_file_order()
    {
        var result = Import(
            "consumer,supplier,share,item,supplier_name,supplier_country,consumer_kind\n" +
            "n10,asml,100%,euv,ASML,NL,foundry\n" +
            "n2,asml,0.5,,,,\n" +
            "n10,n2,,wafers,,,\n");

        var g = result.Graph;
        g.Nodes.Select(n => n.Id).Should().Equal("asml", "n2", "n10");
        (g.GetNode("asml").Name, g.GetNode("asml").Country, g.GetNode("n10").Kind).Should().Be(("ASML", "NL", "foundry"));
        g.Links.Select(l => (l.Supplier, l.Consumer, l.Item, l.Share)).Should().Equal(
            ("asml", "n10", "euv", 1.0), ("asml", "n2", null, 0.5), ("n2", "n10", "wafers", null));
        FailureCascade.Run(g, ["asml"]).Should().Equal("asml", "n10", "n2");
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Run_conflicting_node_values_and_duplicate_links_are_warnings()
    {
        var result = Import("supplier,consumer,supplier_country\na,b,NL\na,c,JP\na,b,NL\n");

        result.Warnings.Select(w => w.ToString()).Should().Equal(
            "edges.csv:3: warning: supplier_country of 'a' is 'JP' here but 'NL' on line 2; the first is kept",
            "edges.csv:4: warning: link a -> b is given twice; row skipped");
        result.Graph.GetNode("a").Country.Should().Be("NL");
    }

    [Theory]
    [InlineData("supplier,consumer,share\na,b,1.5\n", "edges.csv:2: share '1.5' is not a fraction from 0 to 1 or a percentage such as 57%")]
    [InlineData("supplier,consumer\na,a\n", "edges.csv:2: 'a' supplies itself")]
    [InlineData("supplier,consumer\n,b\n", "edges.csv:2: 'supplier' is empty")]
    [InlineData("supplier,item\na,b\n", "edges.csv:1: missing column 'consumer' (found: supplier, item)")]
    public void Run_bad_rows_throw_with_their_line(string text, string message)
    {
        var act = () => Import(text);

        act.Should().Throw<ImportException>().WithMessage(message);
    }

    [Fact]
    public void Run_alpha3_codes_and_country_names_become_alpha2()
    {
        var result = Import("supplier,consumer,supplier_country,consumer_country\nasml,tsmc,NLD,Taiwan\nasml,fab,nl,South Korea\n");
        result.Graph.GetNode("asml").Country.Should().Be("NL");
        result.Graph.GetNode("tsmc").Country.Should().Be("TW");
        result.Graph.GetNode("fab").Country.Should().Be("KR");
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Run_unknown_country_is_kept_with_a_warning()
    {
        var result = Import("supplier,consumer,supplier_country\na,b,Europe\n");
        result.Graph.GetNode("a").Country.Should().Be("Europe");
        result.Warnings.Select(w => w.ToString()).Should().Equal(
            "edges.csv:2: warning: supplier_country 'Europe' is not an ISO 3166-1 country code or name ChipChain knows; kept as it is");
    }
}
