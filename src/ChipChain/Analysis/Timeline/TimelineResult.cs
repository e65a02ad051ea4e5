using ChipChain.Model;

namespace ChipChain.Analysis.Timeline;

/// <summary>Every node down at least one week of a timed scenario, ids in ordinal order.</summary>
/// <param name="Horizon">The weeks simulated, 0 … Horizon − 1.</param>
/// <param name="Nodes">Per node down at least one week, when; ids in ordinal order.</param>
public sealed record TimelineResult(int Horizon, IReadOnlyList<NodeTimeline> Nodes)
{
    /// <summary>
    /// Per node whose supply level falls below 1 in some week, the weeks-weighted output lost Σₜ (1 − levelₜ) in weeks
    /// (docs/time.md); at least its weeks down. Empty unless <see cref="TimelineOptions.OutputLost"/> asked for it.
    /// </summary>
    public IReadOnlyDictionary<string, double> OutputLost { get; init => field = Frozen.Map(value); } = Frozen.Map<double>(null);

    /// <summary>The timeline of node <paramref name="id"/>, or null when it is never down.</summary>
    /// <param name="id">The node id.</param>
    public NodeTimeline? Find(string id)
    {
        foreach (var node in Nodes)
        {
            if (string.Equals(node.Id, id, StringComparison.Ordinal))
            {
                return node;
            }
        }

        return null;
    }
}
