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
        var byConsumer = ConcentrationByConsumer(graph);
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            var spofs = stops.For(present[i]);
            var pairs = cutSets[i].CutSets.Where(s => s.Count == 2).ToList();
            var exposure = Analysis.Exposure.Compute(graph, t).Exposure.ToDictionary(e => e.Id, e => e.Loss, StringComparer.Ordinal);
            result[present[i]] = new TargetAnswers(spofs, pairs, ConcentrationUpstream(graph, byConsumer, t), exposure);
        }

        return result;
    }

    /// <summary>Every concentration row keyed by the node whose supply it measures (a market, or each consumer of an item), computed once for all targets.</summary>
    private static Dictionary<int, List<((string, string?) Key, ConcentrationFigures Figures)>> ConcentrationByConsumer(SupplyGraph graph)
    {
        var result = new Dictionary<int, List<((string, string?), ConcentrationFigures)>>();
        void Add(int node, (string, string?) key, ConcentrationFigures figures)
        {
            if (!result.TryGetValue(node, out var list))
            {
                result[node] = list = [];
            }

            list.Add((key, figures));
        }

        foreach (var row in Bottlenecks.Concentration.Compute(graph))
        {
            var figures = new ConcentrationFigures(Math.Round(row.Hhi, 1), row.CountriesTo75);
            if (row.IsMarket)
            {
                Add(graph.IndexOf(row.Item), (row.Item, null), figures);
                continue;
            }

            foreach (var consumer in row.Consumers)
            {
                Add(graph.IndexOf(consumer), (row.Item, consumer), figures);
            }
        }

        return result;
    }

    private static Dictionary<(string, string?), ConcentrationFigures> ConcentrationUpstream(
        SupplyGraph graph, Dictionary<int, List<((string, string?) Key, ConcentrationFigures Figures)>> byConsumer, int target)
    {
        var result = new Dictionary<(string, string?), ConcentrationFigures>();
        foreach (var node in Upstream.Of(graph.Topology, target))
        {
            if (byConsumer.TryGetValue(node, out var rows))
            {
                foreach (var (key, figures) in rows)
                {
                    result[key] = figures;
                }
            }
        }

        return result;
    }
}
