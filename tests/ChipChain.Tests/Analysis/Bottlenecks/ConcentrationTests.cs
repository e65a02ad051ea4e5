using System.Text.Json;
using ChipChain.Analysis;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Bottlenecks;

public class ConcentrationTests
{
    [Theory]
    [InlineData(new[] { 0.3, 0.3, 0.2, 0.2 }, 2600)]
    [InlineData(new[] { 0.4, 0.3, 0.2, 0.1 }, 3000)]
    [InlineData(new[] { 1.0 }, 10000)]
    [InlineData(new[] { 0.5, 0.5 }, 5000)]
    public void Hhi_textbook_shares_give_the_known_index(double[] shares, double expected) =>
        Concentration.Hhi(shares).Should().BeApproximately(expected, 1e-6);

    [Fact]
    public void Compute_item_with_stated_shares_gives_hhi_of_those_shares()
    {
        var row = Single(Market(("a", 0.3, "US"), ("b", 0.3, "JP"), ("c", 0.2, "KR"), ("d", 0.2, "TW")), "m");
        row.Hhi.Should().BeApproximately(2600, 1e-6);
        row.SupplierCount.Should().Be(4);
        row.TopSupplier.Id.Should().Be("a");
        row.CountriesTo75.Should().Be(3);
        row.Level.Should().Be(ConcentrationLevel.High);
    }

    [Fact]
    public void Compute_missing_shares_split_what_the_stated_ones_leave()
    {
        // a states 0.4; b and c split the remaining 0.6 equally (docs/design.md): 40/30/30 -> 1600 + 900 + 900.
        var row = Single(Market(("a", 0.4, "US"), ("b", null, "US"), ("c", null, "JP")), "m");
        row.Suppliers.Select(s => s.Value).Should().Equal([0.4, 0.3, 0.3], (x, y) => Math.Abs(x - y) < 1e-9);
        row.Hhi.Should().BeApproximately(3400, 1e-6);
        row.CountriesTo75.Should().Be(2, "US has 70 %, short of 75 %");
    }

    [Fact]
    public void Compute_same_item_from_same_suppliers_is_one_row_listing_consumers()
    {
        var g = new SupplyGraphBuilder()
            .AddNode(new Node("s1") { Country = "JP" }).AddNode(new Node("s2") { Country = "TW" })
            .AddNode(new Node("x")).AddNode(new Node("y")).AddNode(new Node("z"))
            .AddLink(new Link("s1", "x") { Item = "abf", Share = 0.6 }).AddLink(new Link("s2", "x") { Item = "abf", Share = 0.4 })
            .AddLink(new Link("s1", "y") { Item = "abf", Share = 0.6 }).AddLink(new Link("s2", "y") { Item = "abf", Share = 0.4 })
            .AddLink(new Link("s1", "z") { Item = "abf", Share = 0.9 }).AddLink(new Link("s2", "z") { Item = "abf", Share = 0.1 })
            .Build();
        var rows = Concentration.Compute(g);
        rows.Should().HaveCount(2);
        rows.Should().ContainSingle(r => r.Consumers.SequenceEqual(new[] { "x", "y" })).Which.Hhi.Should().BeApproximately(5200, 1e-6);
        rows.Should().ContainSingle(r => r.Consumers.SequenceEqual(new[] { "z" })).Which.Hhi.Should().BeApproximately(8200, 1e-6);
    }

    [Fact]
    public void Compute_country_shares_attribute_is_used_when_firm_shares_are_missing()
    {
        using var doc = JsonDocument.Parse("""{"US": 0.5, "KR": 0.3, "TW": 0.2}""");
        var g = new SupplyGraphBuilder()
            .AddNode(new Node("a")).AddNode(new Node("b")).AddNode(new Node("c"))
            .AddNode(new Node("m") { Requires = Requirement.Any, Attributes = new Dictionary<string, JsonElement> { ["countryShares"] = doc.RootElement.Clone() } })
            .AddLink(new Link("a", "m")).AddLink(new Link("b", "m")).AddLink(new Link("c", "m"))
            .Build();
        var row = Single(g, "m");
        row.CountriesTo75.Should().Be(2, "US 50 % + KR 30 % reach 75 %");
        row.Hhi.Should().BeApproximately(3333.33, 0.01, "firm shares split equally");
    }

    [Fact]
    public void Compute_supplier_without_country_counts_through_its_market_mix()
    {
        var g = new SupplyGraphBuilder()
            .AddNode(new Node("jp1") { Country = "JP" }).AddNode(new Node("jp2") { Country = "JP" }).AddNode(new Node("cn") { Country = "CN" })
            .AddNode(new Node("wafers") { Requires = Requirement.Any }).AddNode(new Node("fab"))
            .AddLink(new Link("jp1", "wafers") { Share = 0.5 }).AddLink(new Link("jp2", "wafers") { Share = 0.5 })
            .AddLink(new Link("wafers", "fab") { Item = "si", Share = 0.7 }).AddLink(new Link("cn", "fab") { Item = "si", Share = 0.3 })
            .Build();
        var row = Concentration.Compute(g).Single(r => r.Item == "si");
        row.CountriesTo75.Should().Be(2, "JP has 70 % through the market, CN 30 %");
    }

    [Theory]
    [InlineData(10000, 1, nameof(ConcentrationLevel.High))]
    [InlineData(1500, 8, nameof(ConcentrationLevel.Medium))]
    [InlineData(900, 4, nameof(ConcentrationLevel.Medium))]
    [InlineData(900, 6, nameof(ConcentrationLevel.Low))]
    [InlineData(1801, 9, nameof(ConcentrationLevel.High))]
    [InlineData(1800, 9, nameof(ConcentrationLevel.Medium))]
    public void LevelOf_takes_the_more_severe_of_hhi_and_countries(double hhi, int countries, string expected) =>
        Concentration.LevelOf(hhi, countries).Should().Be(Enum.Parse<ConcentrationLevel>(expected));

    [Fact]
    public void Compute_sample_euv_tools_is_an_asml_monopoly()
    {
        var rows = Concentration.Compute(RepositoryFiles.LoadGraph("ai-accelerators.json"));
        var euv = rows.Single(r => r.Item == "euv-tools");
        euv.IsMarket.Should().BeTrue();
        euv.Suppliers.Should().ContainSingle().Which.Should().Be(new NodeFigure("asml-euv-line", 1.0));
        euv.Hhi.Should().Be(10000);
        rows.Single(r => r.Item == "abf-film").Consumers.Should().Equal("ibiden", "unimicron");
    }

    [Fact]
    public void Compute_random_graphs_rows_cover_every_item_once_with_shares_summing_to_one()
    {
        RandomGraphs.Graphs(8).Sample(g =>
        {
            var rows = Concentration.Compute(g);
            rows.Sum(r => r.Consumers.Count).Should().Be(g.Topology.ItemCount);
            foreach (var r in rows)
            {
                r.Suppliers.Sum(s => s.Value).Should().BeApproximately(1, 1e-9);
                r.Hhi.Should().BeInRange((10000.0 / r.SupplierCount) - 1e-6, 10000 + 1e-6);
                r.CountriesTo75.Should().BeInRange(1, Math.Max(1, r.SupplierCount * 5));
            }
        }, iter: 500);
    }

    private static SupplyGraph Market(params (string Id, double? Share, string Country)[] suppliers)
    {
        var b = new SupplyGraphBuilder().AddNode(new Node("m") { Requires = Requirement.Any });
        foreach (var (id, share, country) in suppliers)
        {
            b.AddNode(new Node(id) { Country = country }).AddLink(new Link(id, "m") { Share = share });
        }

        return b.Build();
    }

    private static ConcentrationRow Single(SupplyGraph g, string consumer) =>
        Concentration.Compute(g).Single(r => r.Consumers.Contains(consumer));
}
