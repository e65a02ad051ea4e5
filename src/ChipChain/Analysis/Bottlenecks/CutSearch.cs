namespace ChipChain.Analysis.Bottlenecks;

/// <summary>
/// Finds the smallest set of candidate groups (a node, or every node of a country) whose joint failure stops a
/// target, by increasing size; within a size, combinations are tried in lexicographic order, so the first hit is
/// the lexicographically smallest. A group that the chosen ones already bring down is skipped (a set containing it
/// would not be minimum). Each step fails one more group on top of the chosen ones in an
/// <see cref="IncrementalCascade"/> confined to the target's upstream cone and undoes it afterwards, so a step costs
/// what that group newly brings down. Stops after a number of cascade evaluations or of node and entry visits,
/// whichever comes first.
/// </summary>
internal sealed class CutSearch
{
    private readonly IncrementalCascade _cascade;
    private readonly IReadOnlyList<int[]> _groups;
    private readonly int _target;
    private readonly long _maxEvaluations;
    private readonly long _maxWork;
    private long _evaluations;

    /// <param name="cascade">A cascade with nothing failed, confined to the target's upstream cone.</param>
    /// <param name="groups">The groups, in the order that defines "lexicographic".</param>
    /// <param name="target">The target's node index.</param>
    /// <param name="maxEvaluations">The limit on cascade evaluations.</param>
    /// <param name="maxWork">The limit on <see cref="IncrementalCascade.Work"/>, counted from the cascade's current total.</param>
    public CutSearch(IncrementalCascade cascade, IReadOnlyList<int[]> groups, int target, long maxEvaluations, long maxWork)
    {
        _cascade = cascade;
        _groups = groups;
        _target = target;
        _maxEvaluations = maxEvaluations;
        _maxWork = cascade.Work > long.MaxValue - maxWork ? long.MaxValue : cascade.Work + maxWork;
    }

    /// <summary>The number of cascade evaluations used.</summary>
    public long Evaluations => _evaluations;

    /// <summary>Whether the search ran out of evaluations or work.</summary>
    public bool Stopped { get; private set; }

    /// <summary>Searches sizes 1..<paramref name="maxSize"/>; returns the group positions of the first cut found, or null.</summary>
    public int[]? Find(int maxSize)
    {
        var chosen = new List<int>();
        for (var k = 1; k <= Math.Min(maxSize, _groups.Count); k++)
        {
            if (Extend(chosen, 0, k))
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

    private bool Extend(List<int> chosen, int start, int size)
    {
        for (var g = start; g <= _groups.Count - (size - chosen.Count); g++)
        {
            if (AllDown(_groups[g]))
            {
                continue;
            }

            if (++_evaluations > _maxEvaluations || _cascade.Work > _maxWork)
            {
                Stopped = true;
                return false;
            }

            chosen.Add(g);
            var mark = _cascade.Mark();
            var down = _cascade.Fail(_groups[g], _target);
            var hit = chosen.Count == size ? down : !down && Extend(chosen, g + 1, size);
            _cascade.Undo(mark);
            if (hit)
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

    private bool AllDown(int[] group)
    {
        foreach (var v in group)
        {
            if (!_cascade.IsDown(v))
            {
                return false;
            }
        }

        return true;
    }
}
