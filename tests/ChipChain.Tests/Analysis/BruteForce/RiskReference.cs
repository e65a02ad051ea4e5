using ChipChain.Analysis.Risk;
using ChipChain.Model;

namespace ChipChain.Analysis.BruteForce;

/// <summary>
/// The risk of a target straight from the definition: every combination of failures of every failure candidate of the
/// graph, each weighted by its probability, run through the reference <see cref="FailureCascade"/>. Exponential by
/// design; it is what <see cref="RiskAnalysis"/> is checked against on small graphs.
/// </summary>
internal static class RiskReference
{
    /// <summary>The most candidates enumerated (2^20 cascades).</summary>
    public const int MaxCandidates = 20;

    /// <summary>P(target unavailable), and per candidate of the graph P(unavailable | it fails) and P(unavailable | it does not).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <param name="probabilities">The candidates' probabilities.</param>
    /// <returns>The probability and, by candidate id, the two conditional probabilities.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownNodeException">No node has the id <paramref name="targetId"/>.</exception>
    /// <exception cref="ArgumentException">The graph has more than <see cref="MaxCandidates"/> candidates.</exception>
    public static (double Probability, IReadOnlyDictionary<string, (double IfFailed, double IfNot)> Conditional) Compute(
        SupplyGraph graph, string targetId, RiskProbabilities probabilities)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(probabilities);
        var target = graph.IndexOf(targetId);
        var candidates = Enumerable.Range(0, graph.NodeCount).Where(graph.Topology.IsCandidate).ToArray();
        if (candidates.Length > MaxCandidates)
        {
            throw new ArgumentException($"brute force enumerates at most {MaxCandidates} candidates", nameof(graph));
        }

        var p = candidates.Select(c => probabilities.For(graph[c])).ToArray();
        var total = 0.0;
        var failedAndDown = new double[candidates.Length];
        var upAndDown = new double[candidates.Length];
        var failed = new List<int>();
        for (var mask = 0; mask < 1 << candidates.Length; mask++)
        {
            failed.Clear();
            var weight = 1.0;
            for (var k = 0; k < candidates.Length; k++)
            {
                var fails = (mask & (1 << k)) != 0;
                weight *= fails ? p[k] : 1 - p[k];
                if (fails)
                {
                    failed.Add(candidates[k]);
                }
            }

            if (!FailureCascade.Run(graph.Topology, failed.ToArray())[target])
            {
                continue;
            }

            total += weight;
            for (var k = 0; k < candidates.Length; k++)
            {
                // The weight without candidate k's own factor: the conditional probability given its state.
                var fails = (mask & (1 << k)) != 0;
                var rest = ConditionalWeight(mask, k, p);
                if (fails)
                {
                    failedAndDown[k] += rest;
                }
                else
                {
                    upAndDown[k] += rest;
                }
            }
        }

        var conditional = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        for (var k = 0; k < candidates.Length; k++)
        {
            conditional[graph[candidates[k]].Id] = (failedAndDown[k], upAndDown[k]);
        }

        return (total, conditional);
    }

    private static double ConditionalWeight(int mask, int skip, double[] p)
    {
        var weight = 1.0;
        for (var k = 0; k < p.Length; k++)
        {
            if (k != skip)
            {
                weight *= (mask & (1 << k)) != 0 ? p[k] : 1 - p[k];
            }
        }

        return weight;
    }
}
