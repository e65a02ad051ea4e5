using ChipChain.Analysis.Bottlenecks;
using ChipChain.Model;

namespace ChipChain.Analysis.Diff;

/// <summary>
/// The answers one graph gives about one target, in ids: its single points of failure, its minimal cut sets of two,
/// the concentration of every group of alternative suppliers upstream of it, and its exposure to each candidate.
/// A target the graph does not have has no answers (every collection empty).
/// </summary>
internal sealed class TargetAnswers
{
    public static readonly TargetAnswers None = new([], [], new Dictionary<(string, string?), ConcentrationFigures>(), new Dictionary<string, double>(StringComparer.Ordinal));

    public TargetAnswers(
        IReadOnlyList<string> spofs,
        IReadOnlyList<IReadOnlyList<string>> pairs,
        IReadOnlyDictionary<(string Item, string? Consumer), ConcentrationFigures> concentration,
        IReadOnlyDictionary<string, double> exposure)
    {
        Spofs = spofs;
        Pairs = pairs;
        Concentration = concentration;
        Exposure = exposure;
    }

    public IReadOnlyList<string> Spofs { get; }

    public IReadOnlyList<IReadOnlyList<string>> Pairs { get; }

    public IReadOnlyDictionary<(string Item, string? Consumer), ConcentrationFigures> Concentration { get; }

    public IReadOnlyDictionary<string, double> Exposure { get; }

    /// <summary>The answers for every target of <paramref name="targetIds"/> that the graph has (shared passes where the analyses offer them).</summary>
    public static Dictionary<string, TargetAnswers> Of(SupplyGraph graph, IReadOnlyList<string> targetIds)
    {
        var present = targetIds.Where(graph.Contains).ToList();
        var result = new Dictionary<string, TargetAnswers>(StringComparer.Ordinal);
        if (present.Count == 0)
        {
            return result;
        }

        var targets = present.Select(graph.IndexOf).ToList();
        var stops = SinglePointsOfFailure.Compute(graph, targets);
        var cutSets = MinimalCutSets.ComputeMany(graph, targets, 2);
        var concentration = new UpstreamConcentration(graph);
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            var spofs = stops.For(present[i]);
            var pairs = cutSets[i].CutSets.Where(s => s.Count == 2).ToList();
            var exposure = Analysis.Exposure.Compute(graph, t).Exposure.ToDictionary(e => e.Id, e => e.Value, StringComparer.Ordinal);
            result[present[i]] = new TargetAnswers(spofs, pairs, concentration.Of(Upstream.Of(graph.Topology, t)), exposure);
        }

        return result;
    }
}
