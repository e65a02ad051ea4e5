using ChipChain.Analysis;
using ChipChain.Analysis.Risk;
using ChipChain.Model;
using ChipChain.Tests.Support;

namespace ChipChain.Tests.Analysis.Risk;

/// <summary>Hand-computed risks: series, parallel, two out of three, a cycle, and the sample's H100.</summary>
public sealed partial class RiskAnalysisTests
{
    private static readonly RiskOptions Exact = new() { Method = RiskMethod.Exact };

    [Fact]
    public void Compute_series_is_one_minus_product_of_survivals()
    {
        // t needs a and b (two items); all three can fail.
        var graph = new GraphSketch().Link("a", "t", "x").Link("b", "t", "y").Build();
        var p = Uniform(0.1);

        var result = RiskAnalysis.Compute(graph, "t", p, Exact);

        result.Method.Should().Be(RiskMethod.Exact);
        result.Probability.Should().BeApproximately(1 - (0.9 * 0.9 * 0.9), 1e-15);
        (result.ConfidenceLow, result.ConfidenceHigh).Should().Be(((double?)null, (double?)null));
        result.Candidates.Should().Be(3);
        var a = result.Importance.Single(i => i.Id == "a");
        a.Birnbaum.Should().BeApproximately(0.81, 1e-15, "a matters when t and b both survive");
        a.RiskAchievementWorth.Should().BeApproximately(1 / 0.271, 1e-12);
        a.RiskReductionWorth.Should().BeApproximately(0.271 / 0.19, 1e-12);
        a.FussellVesely.Should().BeApproximately((0.271 - 0.19) / 0.271, 1e-12);
    }

    [Fact]
    public void Compute_parallel_suppliers_behind_a_market_is_product_of_failures()
    {
        // A market (structure) t is down only when both makers are.
        var graph = new GraphSketch().Market("t").Link("a", "t").Link("b", "t").Build();

        var result = RiskAnalysis.Compute(graph, "t", Uniform(0.2), Exact);

        result.Probability.Should().BeApproximately(0.04, 1e-15);
        result.Candidates.Should().Be(2, "a market cannot fail on its own");
        result.Importance.Select(i => i.Id).Should().Equal("a", "b");
        var a = result.Importance[0];
        a.Birnbaum.Should().BeApproximately(0.2, 1e-15);
        a.FussellVesely.Should().BeApproximately(1, 1e-15);
        a.RiskReductionWorth.Should().Be(double.PositiveInfinity, "without a's failure the market never goes down");
        a.RiskAchievementWorth.Should().BeApproximately(5, 1e-12);
    }

    [Fact]
    public void Compute_two_out_of_three_is_binomial_tail()
    {
        // Three items each offered by two of a, b, c: t (structure) stops when any two of them fail.
        var graph = new GraphSketch().Node("t", canFail: false)
            .Link("a", "t", "x").Link("b", "t", "x")
            .Link("b", "t", "y").Link("c", "t", "y")
            .Link("a", "t", "z").Link("c", "t", "z")
            .Build();
        const double p = 0.3;

        var result = RiskAnalysis.Compute(graph, "t", Uniform(p), Exact);

        result.Probability.Should().BeApproximately((3 * p * p * (1 - p)) + (p * p * p), 1e-15);
        result.Importance.Should().AllSatisfy(i => i.Birnbaum.Should().BeApproximately(2 * p * (1 - p), 1e-15, "one of the other two down, not both"));
    }

    [Fact]
    public void Compute_cycle_takes_least_fixpoint_not_self_sustaining_failure()
    {
        // a and b each need the other or their own second source; a cycle cannot keep itself down.
        var graph = new GraphSketch().Market("t")
            .Link("a", "t")
            .Link("b", "a", "w").Link("s1", "a", "w")
            .Link("a", "b", "v").Link("s2", "b", "v")
            .Build();
        var p = new RiskProbabilities { DefaultProbability = 0.1 };

        var result = RiskAnalysis.Compute(graph, "t", p, Exact);

        // a down iff a fails, or b and s1 are down, where b down iff b fails, or a and s2 down: substituting,
        // a down iff a fails, or b and s1 fail. The greatest fixpoint would add s1 and s2 failing together.
        result.Probability.Should().BeApproximately(0.1 + (0.9 * 0.1 * 0.1), 1e-15);
        result.Importance.Single(i => i.Id == "s2").Birnbaum.Should().Be(0, "s2 only matters through a, which b's cycle cannot reach without a");
    }

    [Fact]
    public void Compute_structure_target_that_cannot_be_lost_has_probability_zero()
    {
        var graph = new GraphSketch().Market("m").Build();

        var result = RiskAnalysis.Compute(graph, "m", Uniform(0.5), Exact);

        result.Probability.Should().Be(0);
        result.Candidates.Should().Be(0);
        result.Importance.Should().BeEmpty();
    }

    [Fact]
    public void Compute_sample_h100_uniform_probability_equals_spofs_and_cut_sets()
    {
        const double p = 0.1;
        var q = 1 - p;

        var result = RiskAnalysis.Compute(SampleGraphs.AiAccelerators, "nvidia-h100", Uniform(p), Exact);

        // The minimal cut sets (cutsets --order 4, and SCRAM's MOCUS for larger ones): eight single points of failure
        // and the H100 itself; five disjoint pairs; the three test and assembly houses; two triples sharing ASMPT
        // (dicing and bonding); the four photoresist makers; the six wafer makers; and, all with Lam and TEL, three
        // sets of tool makers: with Applied and ASM International, with SCREEN and SEMES, and with Hitachi High-Tech,
        // NAURA, AMEC and Applied. The groups share no candidate, so their survivals multiply.
        var pair = p * p;
        var osats = pair * p;
        var asmpt = p * (1 - ((1 - pair) * (1 - pair)));
        var resists = pair * pair;
        var wafers = Math.Pow(p, 6);
        var tools = pair * (1 - ((1 - (p * (1 - (q * (1 - (p * pair)))))) * (1 - pair)));
        var expected = 1 - (Math.Pow(q, 9) * Math.Pow(1 - pair, 5) * (1 - osats) * (1 - asmpt) * (1 - resists) * (1 - wafers) * (1 - tools));
        result.Probability.Should().BeApproximately(expected, 1e-12);
        result.Importance.Take(9).Select(i => i.Id).Should().BeEquivalentTo(
            ["ajinomoto", "asml", "carl-zeiss-smt", "cymer", "nvidia", "nvidia-h100", "sk-hynix", "trumpf", "tsmc"],
            "a single point of failure carries the most risk");
        result.Importance[0].Birnbaum.Should().BeApproximately((1 - expected) / q, 1e-12, "a SPOF matters exactly when nothing else stops the H100");
    }

    [Fact]
    public void Compute_probabilities_by_country_override_the_default()
    {
        var graph = new GraphSketch().Node("a", country: "TW").Node("b", country: "NL").Link("a", "t", "x").Link("b", "t", "y").Node("t", canFail: false).Build();
        var p = new RiskProbabilities { DefaultProbability = 0, ByCountry = new Dictionary<string, double> { ["TW"] = 0.25 } };

        RiskAnalysis.Compute(graph, "t", p, Exact).Probability.Should().Be(0.25);
    }

    [Fact]
    public void Compute_exact_past_the_candidate_limit_refuses_in_one_line_and_auto_falls_back()
    {
        var sketch = new GraphSketch().Market("t");
        for (var i = 0; i <= RiskAnalysis.MaxExactCandidates; i++)
        {
            sketch.Link($"s{i}", "t");
        }

        var graph = sketch.Build();

        var exact = () => RiskAnalysis.Compute(graph, "t", Uniform(0.5), Exact);
        var auto = RiskAnalysis.Compute(graph, "t", Uniform(0.5), new RiskOptions { Samples = 1000 });

        exact.Should().Throw<AnalysisLimitException>().Which.Message.Should().NotContain("\n").And.Contain("2,001 failure candidates").And.Contain("--method montecarlo");
        auto.Method.Should().Be(RiskMethod.MonteCarlo);
        auto.ExactRefusal.Should().Contain("2,001");
        auto.Probability.Should().Be(0, "2 001 independent halves all failing never happens in 1 000 samples");
        auto.ConfidenceLow.Should().Be(0);
        auto.ConfidenceHigh.Should().BeInRange(0.0001, 0.01, "Wilson's upper bound for 0 of 1 000 is about 0.0038");
    }

    [Fact]
    public void Compute_unknown_target_throws_UnknownNodeException()
    {
        var act = () => RiskAnalysis.Compute(SampleGraphs.Minimal, "nope");

        act.Should().Throw<UnknownNodeException>();
    }

    private static RiskProbabilities Uniform(double p) => new() { DefaultProbability = p };
}
