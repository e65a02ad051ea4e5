using ChipChain.Analysis.BruteForce;
using ChipChain.Analysis.Risk;
using ChipChain.Model;
using ChipChain.Tests.Support;
using CsCheck;

namespace ChipChain.Tests.Analysis.Risk;

/// <summary>The risk against enumeration of every failure combination, on random graphs with cycles and structure.</summary>
public sealed partial class RiskAnalysisTests
{
    /// <summary>Different probabilities per country (and 0 and 1 among them), so no symmetry hides a mistake.</summary>
    private static readonly RiskProbabilities Mixed = new()
    {
        DefaultProbability = 0.2,
        ByCountry = new Dictionary<string, double> { ["AA"] = 0.1, ["BB"] = 0.45, ["CC"] = 0.05, ["DD"] = 1 },
        ByKind = new Dictionary<string, double> { ["mystery"] = 0 },
    };

    [Fact]
    public void Compute_exact_random_graphs_equals_brute_force_enumeration()
    {
        RandomGraphs.Graphs(9).Sample(graph =>
        {
            foreach (var target in graph.Nodes)
            {
                var result = RiskAnalysis.Compute(graph, target.Id, Mixed, Exact);
                var (expected, conditional) = RiskReference.Compute(graph, target.Id, Mixed);

                result.Probability.Should().BeApproximately(expected, 1e-12, "P({0})", target.Id);
                foreach (var i in result.Importance)
                {
                    var (ifFailed, ifNot) = conditional[i.Id];
                    i.Probability.Should().Be(Mixed.For(graph.GetNode(i.Id)));
                    i.Birnbaum.Should().BeApproximately(ifFailed - ifNot, 1e-12, "Birnbaum of {0} for {1}", i.Id, target.Id);
                    Ratio(i.RiskAchievementWorth, ifFailed, expected);
                    Ratio(i.RiskReductionWorth, expected, ifNot);
                    if (expected > 0)
                    {
                        i.FussellVesely.Should().BeApproximately((expected - ifNot) / expected, 1e-9);
                    }
                }

                // Candidates outside the cone (or not listed) make no difference.
                var listed = result.Importance.Select(i => i.Id).ToHashSet();
                foreach (var (id, (ifFailed, ifNot)) in conditional.Where(c => !listed.Contains(c.Key)))
                {
                    ifFailed.Should().BeApproximately(ifNot, 1e-12, "{0} is not upstream of {1}", id, target.Id);
                }
            }
        }, iter: 400, print: RandomGraphs.Describe);
    }

    [Fact]
    public void Compute_monte_carlo_interval_covers_exact_on_random_graphs_at_fixed_seed()
    {
        var runs = 0;
        var covered = 0;
        RandomGraphs.Graphs(9).Sample(graph =>
        {
            var target = graph[graph.NodeCount - 1].Id;
            var exact = RiskAnalysis.Compute(graph, target, Mixed, Exact).Probability;
            var estimate = RiskAnalysis.Compute(graph, target, Mixed, new RiskOptions { Method = RiskMethod.MonteCarlo, Samples = 4000, Seed = (ulong)runs + 1 });
            runs++;
            covered += estimate.ConfidenceLow <= exact && exact <= estimate.ConfidenceHigh ? 1 : 0;
        }, iter: 200, threads: 1, seed: "0N0XIzNsQ0O2", print: RandomGraphs.Describe);

        runs.Should().Be(200);
        covered.Should().BeGreaterThanOrEqualTo(186, "a 95 % interval should cover the exact value in at least 93 % of runs");
    }

    [Fact]
    public void Compute_monte_carlo_h100_interval_covers_exact_in_at_least_93_percent_of_200_seeds()
    {
        var graph = SampleGraphs.AiAccelerators;
        var p = new RiskProbabilities { DefaultProbability = 0.05 };
        var exact = RiskAnalysis.Compute(graph, "nvidia-h100", p, Exact).Probability;

        var covered = Enumerable.Range(1, 200)
            .Count(seed => RiskAnalysis.Compute(graph, "nvidia-h100", p, new RiskOptions { Method = RiskMethod.MonteCarlo, Samples = 2000, Seed = (ulong)seed, Importance = false })
                .Confidence95!.Contains(exact));

        covered.Should().BeGreaterThanOrEqualTo(186);
    }

    [Fact]
    public void Compute_monte_carlo_importance_estimates_exact_importance_on_h100()
    {
        var graph = SampleGraphs.AiAccelerators;
        var p = new RiskProbabilities { DefaultProbability = 0.05, ByCountry = new Dictionary<string, double> { ["TW"] = 0.1, ["JP"] = 0 } };
        var exact = RiskAnalysis.Compute(graph, "nvidia-h100", p, Exact).Importance.ToDictionary(i => i.Id);

        var estimate = RiskAnalysis.Compute(graph, "nvidia-h100", p, new RiskOptions { Method = RiskMethod.MonteCarlo, Samples = 200_000, Seed = 7 });

        estimate.Importance.Should().HaveCount(exact.Count);
        foreach (var i in estimate.Importance)
        {
            i.Birnbaum.Should().BeApproximately(exact[i.Id].Birnbaum, 0.02, "Birnbaum of {0}", i.Id);
            i.FussellVesely.Should().BeApproximately(exact[i.Id].FussellVesely, 0.03, "Fussell-Vesely of {0}", i.Id);
        }
    }

    [Fact]
    public void Run_monte_carlo_same_seed_same_counts_on_one_thread_and_many()
    {
        var graph = SampleGraphs.AiAccelerators;
        var cone = RiskCone.Of(graph, graph.IndexOf("nvidia-b200"), new RiskProbabilities { DefaultProbability = 0.1 });

        var one = MonteCarloRisk.Run(cone, 50_000, 42, importance: true, parallelism: 1);
        var many = MonteCarloRisk.Run(cone, 50_000, 42, importance: true, parallelism: 4);
        var other = MonteCarloRisk.Run(cone, 50_000, 43, importance: true, parallelism: 4);

        many.Down.Should().Be(one.Down);
        many.Critical.Should().Equal(one.Critical);
        other.Down.Should().NotBe(one.Down, "another seed draws other samples");
    }

    private static void Ratio(double actual, double numerator, double denominator)
    {
        if (denominator > 1e-9)
        {
            actual.Should().BeApproximately(numerator / denominator, 1e-6 * Math.Max(1, numerator / denominator));
        }
        else if (denominator == 0 && numerator > 0)
        {
            actual.Should().Be(double.PositiveInfinity);
        }
    }
}
