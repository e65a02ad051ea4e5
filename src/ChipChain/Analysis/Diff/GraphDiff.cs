using ChipChain.Model;

namespace ChipChain.Analysis.Diff;

/// <summary>
/// Compares two supply graphs — two releases of a dataset, a map before and after an edit — by node id: what
/// changed in the graph (nodes, names, kinds, countries, links, effective shares) and what changed in the answers
/// about each target (single points of failure, minimal cut sets of two, chokepoint concentration, exposure).
/// </summary>
/// <remarks>
/// Each answer is the analysis run on each graph on its own, and the diff is the set difference of the two results,
/// so a diff says nothing the two analyses would not say separately. A target, or a node an answer names, may exist
/// in one graph only: its answers in the other graph are empty, and <see cref="TargetDiff.OnlyBefore"/> and
/// <see cref="TargetDiff.OnlyAfter"/> name such ids.
/// </remarks>
internal static class GraphDiff
{
    /// <summary>Compares <paramref name="before"/> with <paramref name="after"/>.</summary>
    /// <param name="before">The old graph.</param>
    /// <param name="after">The new graph.</param>
    /// <param name="options">The targets and share tolerance (default: every default target of either graph, tolerance 0.01).</param>
    /// <returns>The differences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The share tolerance is negative or not a number.</exception>
    /// <exception cref="UnknownNodeException">A target id is in neither graph.</exception>
    /// <exception cref="AnalysisLimitException">An analysis of one of the graphs exceeds its documented work limit.</exception>
    public static GraphDiffResult Compare(SupplyGraph before, SupplyGraph after, GraphDiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        options ??= new GraphDiffOptions();
        if (!(options.ShareTolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ShareTolerance, "The share tolerance must be zero or more.");
        }

        var structure = StructureComparison.Compare(before, after, options.ShareTolerance);
        if (!options.CompareAnswers)
        {
            return structure;
        }

        var targets = Targets(before, after, options.Targets);
        var (old, now) = BothAnswers(before, after, targets);
        var diffs = targets
            .Select(t => TargetComparison.Compare(before, after, t, old.GetValueOrDefault(t, TargetAnswers.None), now.GetValueOrDefault(t, TargetAnswers.None)))
            .ToList();
        return structure with { Targets = diffs };
    }

    /// <summary>
    /// The answers of the two graphs, each graph's on its own core: the two analyses share nothing, and on a large
    /// cone they are most of a diff's time. An error of the old graph's answers wins, as if run one after the other.
    /// </summary>
    private static (Dictionary<string, TargetAnswers> Old, Dictionary<string, TargetAnswers> Now) BothAnswers(
        SupplyGraph before, SupplyGraph after, List<string> targets)
    {
        var now = Task.Run(() => TargetAnswers.Of(after, targets));
        Dictionary<string, TargetAnswers> old;
        try
        {
            old = TargetAnswers.Of(before, targets);
        }
        catch
        {
            // Let the other half finish (or fail) before reporting this one, so no work outlives the call.
            try
            {
                now.Wait();
            }
            catch (AggregateException)
            {
            }

            throw;
        }

        return (old, now.GetAwaiter().GetResult());
    }

    /// <summary>The targets compared, sorted and distinct: the ones asked for, or the default targets of either graph.</summary>
    private static List<string> Targets(SupplyGraph before, SupplyGraph after, IReadOnlyList<string>? asked)
    {
        if (asked is null)
        {
            return before.DefaultTargets().Select(t => before[t].Id)
                .Union(after.DefaultTargets().Select(t => after[t].Id), StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
        }

        foreach (var id in asked)
        {
            ArgumentNullException.ThrowIfNull(id, nameof(asked));
            if (!before.Contains(id) && !after.Contains(id))
            {
                throw new UnknownNodeException(id);
            }
        }

        return asked.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
