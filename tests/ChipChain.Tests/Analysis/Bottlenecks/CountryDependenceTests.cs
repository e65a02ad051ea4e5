using ChipChain.Analysis;
using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Bottlenecks;

public class CountryDependenceTests
{
    [Fact]
    public void Analyse_sample_h100_depends_on_taiwan()
    {
        var result = CountryDependence.Analyse(RepositoryFiles.LoadGraph("ai-accelerators.json"), "nvidia-h100");
        result.SinglePointsOfFailure.Should().Contain(["TW", "NL", "JP", "KR", "DE"]);
        result.MinimumCut.Should().ContainSingle();
    }

    [Fact]
    public void Analyse_sample_chinese_product_survives_taiwan()
    {
        var result = CountryDependence.Analyse(RepositoryFiles.LoadGraph("ai-accelerators.json"), "huawei-ascend-910b");
        result.SinglePointsOfFailure.Should().NotContain("TW");
    }

    [Fact]
    public void Analyse_two_country_alternatives_need_both_lost()
    {
        var g = new SupplyGraphBuilder()
            .AddNode(new Node("t")).AddNode(new Node("a") { Country = "JP" }).AddNode(new Node("b") { Country = "KR" })
            .AddNode(new Node("c") { Country = "JP" })
            .AddLink(new Link("a", "t") { Item = "x" }).AddLink(new Link("b", "t") { Item = "x" })
            .AddLink(new Link("c", "t") { Item = "y" }).AddLink(new Link("a", "t") { Item = "y" })
            .Build();
        var result = CountryDependence.Analyse(g, "t");
        result.SinglePointsOfFailure.Should().Equal("JP");
        result.MinimumCut.Should().Equal("JP");
        var noSingle = new SupplyGraphBuilder()
            .AddNode(new Node("t")).AddNode(new Node("a") { Country = "JP" }).AddNode(new Node("b") { Country = "KR" })
            .AddLink(new Link("a", "t") { Item = "x" }).AddLink(new Link("b", "t") { Item = "x" })
            .Build();
        var both = CountryDependence.Analyse(noSingle, "t");
        both.SinglePointsOfFailure.Should().BeEmpty();
        both.MinimumCut.Should().Equal("JP", "KR");
    }

    [Fact]
    public void Analyse_random_graphs_match_brute_force_over_countries()
    {
        RandomGraphs.Graphs(7).Sample(g =>
        {
            var result = CountryDependence.Analyse(g, "n0");
            var codes = RandomGraphs.Countries;
            bool Stops(IEnumerable<string> lost)
            {
                var set = lost.ToHashSet();
                var failed = Subsets.Candidates(g).Where(v => g[v].Country is { } c && set.Contains(c)).ToArray();
                return FailureCascade.Run(g.Topology, failed)[0];
            }

            result.SinglePointsOfFailure.Should().Equal(codes.Where(c => Stops([c])));
            var brute = Subsets.BySizeThenLex(Enumerable.Range(0, codes.Length).ToArray())
                .Select(s => s.Select(i => codes[i]).ToArray())
                .FirstOrDefault(Stops);
            result.MinimumCut.Should().Equal(brute ?? []);
        }, iter: 500);
    }
}
