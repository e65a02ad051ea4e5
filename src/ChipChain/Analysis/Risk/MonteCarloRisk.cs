using ChipChain.Generation;

namespace ChipChain.Analysis.Risk;

/// <summary>
/// Monte Carlo estimate of P(target unavailable): each sample draws every candidate's failure independently and runs
/// the cascade confined to the cone, stopping as soon as the target goes down. Samples come in fixed blocks, block b
/// drawing from its own generator seeded by (seed, b), and the blocks' integer counts are summed, so the result is the
/// same on any number of processors. Failures are drawn by geometric jumps among candidates of equal probability, so a
/// sample costs what fails, not what could.
/// </summary>
internal static class MonteCarloRisk
{
    /// <summary>Samples per block: the unit of parallel work and of seeding.</summary>
    public const int BlockSize = 1024;

    /// <summary>
    /// The number of samples in which the target went down and, per variable, a count from which its Birnbaum
    /// importance is estimated (see <see cref="Birnbaum"/>). <paramref name="parallelism"/> caps the threads (-1: no
    /// cap); it never changes the result.
    /// </summary>
    public static (long Down, long[] Critical) Run(RiskCone cone, int samples, ulong seed, bool importance, int parallelism = -1)
    {
        var groups = Groups(cone);
        var blocks = (samples + BlockSize - 1) / BlockSize;
        long down = 0;
        var critical = new long[cone.Candidates.Length];
        var gate = new object();
        Parallel.For(
            0,
            blocks,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            () => new Sampler(cone, groups, importance),
            (block, _, sampler) =>
            {
                var count = (int)Math.Min(BlockSize, samples - ((long)block * BlockSize));
                sampler.RunBlock(Mix(seed, (ulong)block), count);
                return sampler;
            },
            sampler =>
            {
                lock (gate)
                {
                    down += sampler.Down;
                    for (var v = 0; v < critical.Length; v++)
                    {
                        critical[v] += sampler.Critical[v];
                    }
                }
            });
        return (down, critical);
    }

    /// <summary>
    /// The Birnbaum estimate of each variable from its count. For p &gt; 0 the count is of samples where the target
    /// went down, the candidate failed and the target would have stayed up without it: that event has probability
    /// p × Birnbaum (a candidate's own state does not decide whether it is critical). For p = 0 it never fails, so the
    /// count is of samples where the target stayed up and would have gone down had it failed: probability Birnbaum.
    /// </summary>
    public static double[] Birnbaum(RiskCone cone, long[] critical, int samples) =>
        critical.Select((c, v) => cone.Probability[v] > 0 ? Math.Min(1, c / (cone.Probability[v] * samples)) : (double)c / samples).ToArray();

    /// <summary>The variables grouped by probability, each group a run of equal probability (so one geometric law per group).</summary>
    private static ProbabilityGroup[] Groups(RiskCone cone)
    {
        var order = Enumerable.Range(0, cone.Candidates.Length).OrderBy(v => cone.Probability[v]).ThenBy(v => v).ToArray();
        var groups = new List<ProbabilityGroup>();
        var start = 0;
        while (start < order.Length)
        {
            var p = cone.Probability[order[start]];
            var end = start;
            while (end < order.Length && cone.Probability[order[end]].Equals(p))
            {
                end++;
            }

            groups.Add(new ProbabilityGroup(order[start..end], p, p is > 0 and < 1 ? Math.Log(1 - p) : 0));
            start = end;
        }

        return [.. groups];
    }

    private static ulong Mix(ulong seed, ulong block)
    {
        var z = seed + ((block + 1) * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Variables of one probability and that probability's log(1 − p) for geometric jumps.</summary>
    private sealed record ProbabilityGroup(int[] Variables, double Probability, double LogMiss);

    /// <summary>One thread's reusable cascade state; everything it touches is undone after each cascade.</summary>
    private sealed class Sampler(RiskCone cone, ProbabilityGroup[] groups, bool importance)
    {
        private readonly int[] _alive = InitialAlive(cone);
        private readonly int[] _initial = InitialAlive(cone);
        private readonly bool[] _down = new bool[cone.Nodes.Length];
        private readonly List<int> _touchedItems = [];
        private readonly List<int> _touchedNodes = [];
        private readonly Queue<int> _queue = new();
        private readonly List<int> _failed = [];
        private readonly int[] _zeroProbability = Enumerable.Range(0, cone.Candidates.Length).Where(v => cone.Probability[v] == 0).ToArray();

        public long Down { get; private set; }

        public long[] Critical { get; } = new long[cone.Candidates.Length];

        public void RunBlock(ulong seed, int count)
        {
            var random = new Xoshiro256(seed);
            for (var s = 0; s < count; s++)
            {
                Draw(random);
                var targetDown = Cascade(-1, -1);
                if (targetDown)
                {
                    Down++;
                }

                if (importance)
                {
                    Criticals(targetDown);
                }
            }
        }

        private static int[] InitialAlive(RiskCone cone)
        {
            var alive = new int[cone.ItemCount];
            for (var i = 0; i < alive.Length; i++)
            {
                alive[i] = cone.EntryStart[i + 1] - cone.EntryStart[i];
            }

            return alive;
        }

        private void Criticals(bool targetDown)
        {
            if (targetDown)
            {
                foreach (var v in _failed)
                {
                    if (!Cascade(v, -1))
                    {
                        Critical[v]++;
                    }
                }
            }
            else
            {
                foreach (var v in _zeroProbability)
                {
                    if (Cascade(-1, v))
                    {
                        Critical[v]++;
                    }
                }
            }
        }

        private void Draw(Xoshiro256 random)
        {
            _failed.Clear();
            foreach (var group in groups)
            {
                if (group.Probability <= 0)
                {
                    continue;
                }

                if (group.Probability >= 1)
                {
                    _failed.AddRange(group.Variables);
                    continue;
                }

                // The gap to the next failure is geometric: floor(log U / log(1 − p)) candidates survive first.
                var i = -1;
                while (true)
                {
                    var gap = Math.Floor(Math.Log(1 - random.NextDouble()) / group.LogMiss);
                    if (!(gap < group.Variables.Length - i - 1))
                    {
                        break;
                    }

                    i += 1 + (int)gap;
                    _failed.Add(group.Variables[i]);
                }
            }

        }

        /// <summary>Runs the cascade of the drawn failures without <paramref name="spared"/> and with <paramref name="added"/>; true when the target goes down.</summary>
        private bool Cascade(int spared, int added)
        {
            var target = cone.LocalTarget;
            var reached = false;
            foreach (var v in _failed)
            {
                if (v != spared)
                {
                    reached |= Fail(cone.Candidates[v]);
                }
            }

            if (added >= 0)
            {
                reached |= Fail(cone.Candidates[added]);
            }

            while (!reached && _queue.Count > 0)
            {
                var s = _queue.Dequeue();
                for (var u = cone.UsesStart[s]; u < cone.UsesStart[s + 1] && !reached; u++)
                {
                    var item = cone.UsesItem[u];
                    if (_alive[item] == _initial[item])
                    {
                        _touchedItems.Add(item);
                    }

                    if (--_alive[item] == 0)
                    {
                        reached |= Fail(cone.ItemOwner[item]);
                    }
                }
            }

            reached |= _down[target];
            Undo();
            return reached;
        }

        private bool Fail(int local)
        {
            if (_down[local])
            {
                return false;
            }

            _down[local] = true;
            _touchedNodes.Add(local);
            _queue.Enqueue(local);
            return local == cone.LocalTarget;
        }

        private void Undo()
        {
            foreach (var item in _touchedItems)
            {
                _alive[item] = _initial[item];
            }

            foreach (var node in _touchedNodes)
            {
                _down[node] = false;
            }

            _touchedItems.Clear();
            _touchedNodes.Clear();
            _queue.Clear();
        }
    }
}
