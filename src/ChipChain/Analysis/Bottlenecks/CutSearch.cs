using ChipChain.Model;

namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// Finds the smallest set of candidate groups (a node, or every node of a country) whose joint failure stops a
/// target, by increasing size; within a size, combinations are tried in lexicographic order, so the first hit is
/// the lexicographically smallest. A group that the chosen ones already bring down is skipped (a set containing it
/// would not be minimum). Stops after a number of cascade evaluations.
/// </summary>
internal sealed class CutSearch
{
    private readonly GraphTopology _topology;
    private readonly IReadOnlyList<int[]> _groups;
    private readonly int _target;
    private readonly long _maxEvaluations;
    private long _evaluations;

    public CutSearch(GraphTopology topology, IReadOnlyList<int[]> groups, int target, long maxEvaluations)
    {
        _topology = topology;
        _groups = groups;
        _target = target;
        _maxEvaluations = maxEvaluations;
    }

    /// <summary>The number of cascade evaluations used.</summary>
    public long Evaluations => _evaluations;

    /// <summary>Whether the search ran out of evaluations.</summary>
    public bool Stopped { get; private set; }

    /// <summary>Searches sizes 1..<paramref name="maxSize"/>; returns the group positions of the first cut found, or null.</summary>
    public int[]? Find(int maxSize)
    {
        var chosen = new List<int>();
        for (var k = 1; k <= Math.Min(maxSize, _groups.Count); k++)
        {
            if (Extend(chosen, 0, k, new bool[_topology.NodeCount]))
            {
                return [.. chosen];
            }

            if (Stopped)
            {
                return null;
            }
        }

        return null;
    }

    private bool Extend(List<int> chosen, int start, int size, bool[] down)
    {
        for (var g = start; g <= _groups.Count - (size - chosen.Count); g++)
        {
            if (_groups[g].All(v => down[v]))
            {
                continue;
            }

            if (++_evaluations > _maxEvaluations)
            {
                Stopped = true;
                return false;
            }

            chosen.Add(g);
            var next = FailureCascade.Run(_topology, chosen.SelectMany(c => _groups[c]).ToArray());
            if (chosen.Count == size ? next[_target] : !next[_target] && Extend(chosen, g + 1, size, next))
            {
                return true;
            }

            chosen.RemoveAt(chosen.Count - 1);
            if (Stopped)
            {
                return false;
            }
        }

        return false;
    }
}
